package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.planned;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.receivedAt;
import static uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome.NOT_UPHELD;
import static uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome.UPHELD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeAndClosureTest {

  private static final Instant DRAFTED = london("2026-04-01T10:00");
  private static final Instant SENT = london("2026-04-03T12:00");
  // 00:30 on 1 May in London is still 30 April in UTC: retention counts from the English date.
  private static final Instant CLOSED = london("2026-05-01T00:30");

  private static Complaint respondedWith(IssueOutcome... outcomes) {
    String[] issues = new String[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      issues[i] = "Issue " + (i + 1);
    }
    Complaint complaint = investigating(issues);
    complaint.recordOutcome(List.of(outcomes), List.of("Call-back audit"), DRAFTED, HANDLER);
    complaint.respond(SENT, "Chief Nurse");
    return complaint;
  }

  @Test
  void theOutcomeIsRecordedPerIssueAndTheOverallOutcomeDerived() {
    Complaint complaint = investigating("Delay", "Rudeness");

    complaint.recordOutcome(
        List.of(UPHELD, NOT_UPHELD),
        List.of("Call-back times audited monthly", " ", "Reception training"),
        DRAFTED,
        HANDLER);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_SIGN_OFF);
    assertThat(complaint.plan().issues())
        .extracting(ComplaintIssue::outcome)
        .containsExactly(UPHELD, NOT_UPHELD);
    assertThat(complaint.outcome().overall()).contains(IssueOutcome.PARTIALLY_UPHELD);
    assertThat(complaint.outcome().actionsAndImprovements())
        .containsExactly("Call-back times audited monthly", "Reception training");
    assertThat(complaint.outcome().recordedBy()).isEqualTo(HANDLER);
  }

  @Test
  void everyIssueInThePlanNeedsAnOutcome() {
    Complaint complaint = investigating("Delay", "Rudeness");

    assertThatThrownBy(() -> complaint.recordOutcome(List.of(UPHELD), List.of(), DRAFTED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Record an outcome for each of the 2 issue(s) in the plan.");
  }

  @Test
  void theOutcomeCanBeRedraftedBeforeTheResponseIsSent() {
    Complaint complaint = investigating("Delay");
    complaint.recordOutcome(List.of(NOT_UPHELD), List.of("First"), DRAFTED, HANDLER);

    complaint.recordOutcome(List.of(UPHELD), List.of("Second"), DRAFTED, "kim");

    assertThat(complaint.outcome().overall()).contains(UPHELD);
    assertThat(complaint.outcome().actionsAndImprovements()).containsExactly("Second");
  }

  @Test
  void theOutcomeWaitsForTheInvestigationToStart() {
    Complaint complaint = planned("Delay");

    assertThatThrownBy(() -> complaint.recordOutcome(List.of(UPHELD), List.of(), DRAFTED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Recording the outcome is not possible while the complaint is planned.");
  }

  @Test
  void theResponseIsSentOnlyAfterAnOutcomeIsReadyForSignOff() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(() -> complaint.respond(SENT, "Chief Nurse"))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void closingAfterTheResponseStartsTheRetentionClockOnTheDayInEngland() {
    Complaint complaint = respondedWith(UPHELD);

    complaint.close(ClosureReason.RESPONDED, CLOSED, HANDLER);

    assertThat(complaint.isClosed()).isTrue();
    assertThat(complaint.closure().orElseThrow().closedBy()).isEqualTo(HANDLER);
    assertThat(complaint.retentionStartsOn()).contains(LocalDate.of(2026, 5, 1));
    assertThat(complaint.needsDelayLetterOn(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void anOpenComplaintHasNoRetentionStart() {
    assertThat(investigating("Delay").retentionStartsOn()).isEmpty();
  }

  @Test
  void anUpheldOrPartlyUpheldComplaintClosedAfterItsResponseIsReadyForStoryConsent() {
    Complaint upheld = respondedWith(UPHELD);
    Complaint partly = respondedWith(UPHELD, NOT_UPHELD);
    upheld.close(ClosureReason.RESPONDED, CLOSED, HANDLER);
    partly.close(ClosureReason.RESPONDED, CLOSED, HANDLER);

    assertThat(upheld.readyForStoryConsent()).isTrue();
    assertThat(partly.readyForStoryConsent()).isTrue();
  }

  @Test
  void aComplaintNotUpheldIsNotReadyForStoryConsent() {
    Complaint complaint = respondedWith(NOT_UPHELD);
    complaint.close(ClosureReason.RESPONDED, CLOSED, HANDLER);

    assertThat(complaint.readyForStoryConsent()).isFalse();
  }

  @Test
  void anUpheldComplaintIsNotReadyForStoryConsentUntilClosed() {
    assertThat(respondedWith(UPHELD).readyForStoryConsent()).isFalse();
  }

  @Test
  void aRespondedComplaintClosesAsResponded() {
    Complaint complaint = respondedWith(UPHELD);

    assertThatThrownBy(() -> complaint.close(ClosureReason.WITHDRAWN, CLOSED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Closing as withdrawn is not possible while the complaint is responded to.");
  }

  @Test
  void aComplaintNotYetRespondedToCannotCloseAsResponded() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(() -> complaint.close(ClosureReason.RESPONDED, CLOSED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void theComplainantCanWithdrawAtAnyPointBeforeTheResponse() {
    Complaint justReceived = receivedAt("2026-03-02T10:00");
    Complaint underInvestigation = investigating("Delay");
    underInvestigation.timetable().stopClock("Waiting", london("2026-03-09T10:00"), HANDLER);

    justReceived.close(ClosureReason.WITHDRAWN, CLOSED, HANDLER);
    underInvestigation.close(ClosureReason.WITHDRAWN, CLOSED, HANDLER);

    assertThat(justReceived.closure().orElseThrow().reason()).isEqualTo(ClosureReason.WITHDRAWN);
    assertThat(underInvestigation.closure().orElseThrow().reason())
        .isEqualTo(ClosureReason.WITHDRAWN);
  }

  @Test
  void aComplaintWhoseConsentIsWithdrawnClosesForWantOfConsent() {
    Complaint complaint = investigating("Delay");

    complaint.close(ClosureReason.CONSENT_NOT_GIVEN, CLOSED, HANDLER);

    assertThat(complaint.closure().orElseThrow().reason())
        .isEqualTo(ClosureReason.CONSENT_NOT_GIVEN);
    assertThat(complaint.readyForStoryConsent()).isFalse();
  }

  @Test
  void aClosedComplaintStaysClosed() {
    Complaint complaint = investigating("Delay");
    complaint.close(ClosureReason.WITHDRAWN, CLOSED, HANDLER);

    assertThatThrownBy(() -> complaint.close(ClosureReason.WITHDRAWN, CLOSED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("This complaint is closed.");
    assertThatThrownBy(() -> complaint.timetable().stopClock("Waiting", CLOSED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Stopping the clock is not possible while the complaint is closed.");
  }

  @Test
  void oralResolutionIsNotAReasonToCloseAComplaintInTheProcess() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    assertThatThrownBy(() -> complaint.close(ClosureReason.RESOLVED_ORALLY, CLOSED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }
}
