/** The audit trail over REST, for the information-governance team only. */
package uk.nhs.icb.caseworkflows.common.audit.web;
