/**
 * The skeleton every case workflow shares around its own rules: find a case (404 if it never
 * existed, 410 if its records were destroyed), check that its process waits at the step a user
 * action belongs to (409 otherwise) and complete that step with the flags the process routes on
 * ({@link CaseSteps}); read what every case keeps beside its file ({@link CaseReading}); and, for
 * the delegates, read what a service task was given ({@link DelegateVariables}) and flag a case as
 * the system ({@link CaseFlagging}). A case module describes its cases once ({@link CaseFiles}) and
 * names its steps in an enum implementing {@link TaskKey}; the mechanics live here once.
 *
 * <p>It is also the engine side of case ownership: a user task created for a case goes to the
 * case's caseworker when it is one of their team's tasks; a claim of an unowned case's task makes
 * the claimer its caseworker; a change of caseworker moves the case's open team tasks to them. The
 * engine reaches ownership only through the small {@link CaseOwners} port, implemented here over
 * {@code common.casework}, so process tests can plug in their own.
 */
package uk.nhs.icb.caseworkflows.bpmn.casework;
