/** The story letters' templates (consent request and reminder). */
package uk.nhs.icb.caseworkflows.complaints.stories.letters;
