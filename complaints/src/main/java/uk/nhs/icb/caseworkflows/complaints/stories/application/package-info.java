/** Story use cases: each audited, none keeping a story's text in the audit trail. */
package uk.nhs.icb.caseworkflows.complaints.stories.application;
