/**
 * The web UI in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (nothing is downloaded), with axe-core checking every page visited against WCAG 2.2
 * AA. They compile and run only in the {@code browser} profile, which is on wherever {@code
 * /usr/bin/chromedriver} exists.
 */
package uk.nhs.icb.caseworkflows.app.browser;
