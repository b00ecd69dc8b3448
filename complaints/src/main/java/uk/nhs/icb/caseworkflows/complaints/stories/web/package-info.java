/** Stories over REST: the redaction preview. */
package uk.nhs.icb.caseworkflows.complaints.stories.web;
