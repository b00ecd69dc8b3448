/**
 * The skeleton every case workflow shares around its own rules: find a case (404 if it never
 * existed, 410 if its records were destroyed), check that its process waits at the step a user
 * action belongs to (409 otherwise) and complete that step with the flags the process routes on
 * ({@link CaseSteps}); read what every case keeps beside its file ({@link CaseReading}); and, for
 * the delegates, read what a service task was given ({@link DelegateVariables}) and flag a case as
 * the system ({@link CaseFlagging}). A case module describes its cases once ({@link CaseFiles}) and
 * names its steps in an enum implementing {@link TaskKey}; the mechanics live here once.
 */
package uk.nhs.icb.caseworkflows.bpmn.casework;
