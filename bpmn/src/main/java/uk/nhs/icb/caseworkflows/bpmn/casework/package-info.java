/**
 * The engine side of case ownership: a user task created for a case goes to the case's caseworker
 * when it is one of their team's tasks; a claim of an unowned case's task makes the claimer its
 * caseworker; a change of caseworker moves the case's open team tasks to them. The engine reaches
 * ownership only through the small {@link uk.nhs.icb.caseworkflows.bpmn.casework.CaseOwners} port,
 * implemented here over {@code common.casework}, so process tests can plug in their own.
 */
package uk.nhs.icb.caseworkflows.bpmn.casework;
