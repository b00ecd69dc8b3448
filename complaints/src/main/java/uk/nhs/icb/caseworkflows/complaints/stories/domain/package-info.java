/**
 * A service-user story and its rules: whose consent it needs, the answers, the draft of three parts
 * and its redaction, the two reviews, publication and withdrawal. Plain Java: no container needed.
 */
package uk.nhs.icb.caseworkflows.complaints.stories.domain;
