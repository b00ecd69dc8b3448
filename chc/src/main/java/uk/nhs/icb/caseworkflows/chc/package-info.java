/**
 * NHS Continuing Healthcare cases: checklist, Decision Support Tool, fast track, panel decisions,
 * care packages and reviews. The rules of the National Framework live in {@code domain} (see
 * docs/chc.md); the letter templates in {@code letters}; the process, use cases and pages are still
 * to come.
 */
package uk.nhs.icb.caseworkflows.chc;
