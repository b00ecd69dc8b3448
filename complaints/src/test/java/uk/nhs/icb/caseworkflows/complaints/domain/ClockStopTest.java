package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockStopTest {

  // Planned Wednesday 4 March 2026: the response is due 25 working days later, Friday 10 April
  // (Good Friday and Easter Monday skipped).
  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 4, 10);

  @Test
  void theResponseIsFirstDueTwentyFiveWorkingDaysAfterThePlan() {
    assertThat(investigating("Delay").timetable().responseDue()).contains(FIRST_DUE);
  }

  @Test
  void restartingTheClockMovesTheResponseDateOnByTheWorkingDaysItStood() {
    Complaint complaint = investigating("Delay");

    complaint
        .timetable()
        .stopClock("Waiting for Arthur's records", london("2026-03-09T10:00"), HANDLER);
    complaint.timetable().restartClock(london("2026-03-11T15:00"), "kim", DEADLINES);

    // Stopped Monday, restarted Wednesday: two working days back, over the weekend.
    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 4, 14));
    ClockStop stop = complaint.timetable().clockStops().get(0);
    assertThat(stop.reason()).isEqualTo("Waiting for Arthur's records");
    assertThat(stop.stoppedBy()).isEqualTo(HANDLER);
    assertThat(stop.restartedBy()).isEqualTo("kim");
    assertThat(stop.workingDaysStopped()).isEqualTo(2);
    assertThat(complaint.timetable().isClockStopped()).isFalse();
  }

  @Test
  void theMoveIsKeptInTheResponseDateHistoryWithTheStopsReason() {
    Complaint complaint = investigating("Delay");
    complaint
        .timetable()
        .stopClock("Waiting for Arthur's records", london("2026-03-09T10:00"), HANDLER);

    complaint.timetable().restartClock(london("2026-03-11T15:00"), "kim", DEADLINES);

    ResponseDateChange change = complaint.timetable().responseDateChanges().get(0);
    assertThat(change.from()).isEqualTo(FIRST_DUE);
    assertThat(change.to()).isEqualTo(LocalDate.of(2026, 4, 14));
    assertThat(change.reason()).contains("Waiting for Arthur's records");
    assertThat(change.changedBy()).isEqualTo("kim");
  }

  @Test
  void bankHolidaysWhileTheClockIsStoppedAreNotGivenBack() {
    Complaint complaint = investigating("Delay");

    // Stopped Thursday 2 April, restarted Tuesday 7 April: Good Friday and Easter Monday lie
    // between, so only Tuesday counts.
    complaint
        .timetable()
        .stopClock("Waiting for the provider", london("2026-04-02T10:00"), HANDLER);
    complaint.timetable().restartClock(london("2026-04-07T10:00"), HANDLER, DEADLINES);

    assertThat(complaint.timetable().clockStops().get(0).workingDaysStopped()).isEqualTo(1);
    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 4, 13));
  }

  @Test
  void aClockStoppedAndRestartedTheSameDayLeavesTheResponseDateAlone() {
    Complaint complaint = investigating("Delay");

    complaint.timetable().stopClock("Call the complainant", london("2026-03-09T10:00"), HANDLER);
    complaint.timetable().restartClock(london("2026-03-09T15:00"), HANDLER, DEADLINES);

    assertThat(complaint.timetable().responseDue()).contains(FIRST_DUE);
    assertThat(complaint.timetable().responseDateChanges()).isEmpty();
    assertThat(complaint.timetable().clockStops()).hasSize(1);
  }

  @Test
  void aStoppedClockCannotBeStoppedAgain() {
    Complaint complaint = investigating("Delay");
    complaint.timetable().stopClock("Waiting", london("2026-03-09T10:00"), HANDLER);

    assertThatThrownBy(
            () -> complaint.timetable().stopClock("Again", london("2026-03-10T10:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The clock is already stopped, since Monday 9 March 2026.");
  }

  @Test
  void aRunningClockCannotBeRestarted() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(
            () ->
                complaint.timetable().restartClock(london("2026-03-10T10:00"), HANDLER, DEADLINES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The clock is not stopped.");
  }

  @Test
  void theClockCanBeStoppedAgainAfterARestartAndEachStopIsKept() {
    Complaint complaint = investigating("Delay");

    complaint.timetable().stopClock("First wait", london("2026-03-09T10:00"), HANDLER);
    complaint.timetable().restartClock(london("2026-03-10T10:00"), HANDLER, DEADLINES);
    complaint.timetable().stopClock("Second wait", london("2026-03-16T10:00"), HANDLER);
    complaint.timetable().restartClock(london("2026-03-17T10:00"), HANDLER, DEADLINES);

    assertThat(complaint.timetable().clockStops())
        .extracting(ClockStop::reason)
        .containsExactly("First wait", "Second wait");
    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 4, 14));
  }

  @Test
  void theOutcomeCannotBeRecordedWhileTheClockIsStopped() {
    Complaint complaint = investigating("Delay");
    complaint.timetable().stopClock("Waiting", london("2026-03-09T10:00"), HANDLER);

    assertThatThrownBy(
            () ->
                complaint.recordOutcome(
                    List.of(IssueOutcome.UPHELD), List.of(), london("2026-03-10T10:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Restart the clock before recording the outcome.");
  }
}
