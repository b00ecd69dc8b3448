/**
 * Support for the server-rendered web pages of every module: Mustache templates from the classpath
 * inside one shared NHS design system layout, CSRF protection of every form (a token in the
 * session, checked by a filter on every non-GET page request; {@code /api} uses Basic and is not
 * covered), the NHS error summary, day/month/year date inputs and a one-time confirmation banner
 * carried across the redirect after a POST.
 */
package uk.nhs.icb.caseworkflows.common.web.pages;
