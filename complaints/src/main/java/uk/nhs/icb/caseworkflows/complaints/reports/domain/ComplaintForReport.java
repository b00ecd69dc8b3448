package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;

/**
 * What a report counts of one complaint, and nothing that identifies anyone: when it was received,
 * when it was due to be acknowledged and was, when its response was due (the date agreed with the
 * complainant, as moved with a reason) and was sent, when the ICB decided it and with what overall
 * outcome (null while undecided), its subject and service area codes. Dates not yet reached are
 * null.
 */
public record ComplaintForReport(
    LocalDate receivedOn,
    LocalDate acknowledgementDue,
    LocalDate acknowledgedOn,
    LocalDate responseDue,
    LocalDate respondedOn,
    LocalDate decidedOn,
    IssueOutcome outcome,
    List<String> subjects,
    List<String> serviceAreas) {

  public ComplaintForReport {
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
  }

  /** A complaint with only the dates and codes the annual figures count. */
  public ComplaintForReport(
      LocalDate receivedOn, LocalDate decidedOn, IssueOutcome outcome, List<String> subjects) {
    this(receivedOn, null, null, null, null, decidedOn, outcome, subjects, List.of());
  }

  /** Upheld or partly upheld: what regulation 18 calls well-founded. */
  public boolean wellFounded() {
    return outcome == IssueOutcome.UPHELD || outcome == IssueOutcome.PARTIALLY_UPHELD;
  }

  /** Acknowledged by the end of its third working day (regulation 13). */
  public boolean acknowledgedInTime() {
    return acknowledgedOn != null && !acknowledgedOn.isAfter(acknowledgementDue);
  }

  /** Its response sent by the date agreed with the complainant. */
  public boolean respondedInTime() {
    return respondedOn != null && responseDue != null && !respondedOn.isAfter(responseDue);
  }
}
