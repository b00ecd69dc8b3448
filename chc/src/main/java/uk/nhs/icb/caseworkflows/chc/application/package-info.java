/**
 * CHC use cases: one public method per user action, each one transaction on the kit's {@code
 * CaseActions} (find, check the open step, change the case, audit, complete the step).
 */
package uk.nhs.icb.caseworkflows.chc.application;
