package uk.nhs.icb.caseworkflows.common.casework.web;

import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.casework.application.Reassignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkerChange;

/** What the case-ownership endpoints read and write. */
public final class CaseworkViews {

  private CaseworkViews() {}

  /** A case's caseworker (null while nobody works it), the version to send back, its history. */
  public record Assignment(
      String caseType,
      String caseId,
      String team,
      String caseworker,
      Instant assignedAt,
      long version,
      List<Change> history) {

    static Assignment of(CaseAssignment assignment) {
      return new Assignment(
          assignment.caseType(),
          assignment.caseId(),
          assignment.team(),
          assignment.caseworker(),
          assignment.assignedAt(),
          assignment.version(),
          assignment.history().stream().map(Change::of).toList());
    }
  }

  /** One change of caseworker, oldest first in the history. */
  public record Change(String kind, String from, String to, Instant at, String by, String reason) {

    static Change of(CaseworkerChange change) {
      return new Change(
          change.kind().name(),
          change.fromCaseworker(),
          change.toCaseworker(),
          change.changedAt(),
          change.changedBy(),
          change.reason());
    }
  }

  /**
   * A manager's reassignment: the new caseworker's user name, why (both required), and optionally
   * the version read, so a change made meanwhile gets a 409.
   */
  public record Reassign(String caseworker, String reason, Long version) {

    Reassignment toRequest() {
      return new Reassignment(caseworker, reason, version);
    }
  }
}
