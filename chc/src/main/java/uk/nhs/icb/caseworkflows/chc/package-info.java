/**
 * NHS Continuing Healthcare cases: checklist, Decision Support Tool, fast track, panel decisions,
 * care packages and reviews. Arrives with the CHC workflow issue.
 */
package uk.nhs.icb.caseworkflows.chc;
