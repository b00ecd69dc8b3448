package uk.nhs.icb.caseworkflows.complaints.reports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.london;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ComplaintForReport;

/** What a report counts of a real complaint file: its dates, outcome and codes, nothing else. */
class ComplaintsForReportsTest {

  @Test
  void aRespondedComplaintIsCountedWithItsDatesAndItsOverallOutcome() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    ComplaintForReport counted = ComplaintsForReports.forReport(complaint);

    assertThat(counted.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(counted.acknowledgedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(counted.acknowledgementDue()).isEqualTo(complaint.timetable().acknowledgementDue());
    assertThat(counted.acknowledgedInTime()).isTrue();
    assertThat(counted.respondedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(counted.responseDue()).isEqualTo(complaint.timetable().responseDue().orElseThrow());
    assertThat(counted.respondedInTime()).isTrue();
    assertThat(counted.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(counted.outcome()).isEqualTo(IssueOutcome.PARTIALLY_UPHELD);
    assertThat(counted.wellFounded()).isTrue();
  }

  @Test
  void anOutcomeRecordedButNotYetSentIsNotADecision() {
    Complaint complaint = ComplaintLetterFixtures.planned();
    complaint.startInvestigation();
    complaint.recordOutcome(
        java.util.List.of(IssueOutcome.UPHELD, IssueOutcome.UPHELD),
        java.util.List.of(),
        london("2026-03-04T15:00"),
        ComplaintLetterFixtures.HANDLER);
    ComplaintForReport counted = ComplaintsForReports.forReport(complaint);
    assertThat(counted.decidedOn()).isNull();
    assertThat(counted.outcome()).isNull();
  }

  @Test
  void aComplaintWithdrawnBeforeItsAcknowledgementFellDueHasNoAcknowledgementToCount() {
    Complaint complaint =
        ComplaintLetterFixtures.received(
            ComplaintLetterFixtures.aboutHerself(LocalDate.of(2026, 2, 10)));
    complaint.close(ClosureReason.WITHDRAWN, london("2026-03-02T15:00"), "handler");
    ComplaintForReport counted = ComplaintsForReports.forReport(complaint);
    assertThat(counted.acknowledgementDue()).isNull();
    assertThat(counted.responseDue()).isNull();
    assertThat(counted.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }
}
