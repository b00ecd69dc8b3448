/** The delegates story-consent.bpmn names; thin, each calls a story use case. */
package uk.nhs.icb.caseworkflows.complaints.stories.process;
