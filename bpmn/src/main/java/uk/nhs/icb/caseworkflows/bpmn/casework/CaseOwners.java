package uk.nhs.icb.caseworkflows.bpmn.casework;

import java.util.Optional;

/** What the engine needs to know of case ownership, and tell it. */
public interface CaseOwners {

  /** A case's caseworker and the team role whose tasks are theirs. */
  record Owner(String team, String caseworker) {}

  /** Ownership off: nobody owns any case (a test engine, a deployment without teams). */
  CaseOwners NONE =
      new CaseOwners() {
        @Override
        public Optional<Owner> ownerOf(String caseType, String caseId) {
          return Optional.empty();
        }

        @Override
        public void taskClaimed(String caseType, String caseId, String claimer) {}
      };

  /** The case's caseworker, if it has one. */
  Optional<Owner> ownerOf(String caseType, String caseId);

  /** Someone claimed a task of the case: if nobody works it yet, they now do. */
  void taskClaimed(String caseType, String caseId, String claimer);
}
