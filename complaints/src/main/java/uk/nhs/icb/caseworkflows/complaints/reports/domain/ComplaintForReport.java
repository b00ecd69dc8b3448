package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;

/**
 * What a report counts of one complaint, and nothing that identifies anyone: when it was received,
 * when the ICB decided it and with what overall outcome (null while undecided), its subject codes.
 */
public record ComplaintForReport(
    LocalDate receivedOn, LocalDate decidedOn, IssueOutcome outcome, List<String> subjects) {

  public ComplaintForReport {
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  /** Upheld or partly upheld: what regulation 18 calls well-founded. */
  public boolean wellFounded() {
    return outcome == IssueOutcome.UPHELD || outcome == IssueOutcome.PARTIALLY_UPHELD;
  }
}
