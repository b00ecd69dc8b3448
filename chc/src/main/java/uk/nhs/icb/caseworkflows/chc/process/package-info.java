/**
 * The delegates chc.bpmn names (letters, closure, the 28-day flag); thin, they call application.
 */
package uk.nhs.icb.caseworkflows.chc.process;
