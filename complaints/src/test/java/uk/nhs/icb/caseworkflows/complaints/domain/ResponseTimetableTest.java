package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The timetable by itself: received Monday 2 March 2026, planned Wednesday 4 March. */
class ResponseTimetableTest {

  private final AtomicReference<ComplaintStatus> status =
      new AtomicReference<>(ComplaintStatus.INVESTIGATING);
  private final List<ClockStop> stops = new ArrayList<>();
  private final List<ResponseDateChange> changes = new ArrayList<>();

  private ResponseTimetable received() {
    return new ResponseTimetable(LocalDate.of(2026, 3, 2), DEADLINES)
        .of(status::get, stops, changes);
  }

  private ResponseTimetable planned() {
    ResponseTimetable timetable = received();
    timetable.respondBy(
        timetable.responseDueFor(null, london("2026-03-04T10:00"), DEADLINES),
        london("2026-03-04T10:00"),
        HANDLER);
    return timetable;
  }

  @Test
  void receiptSetsTheAcknowledgementAndSixMonthDates() {
    ResponseTimetable timetable = received();

    assertThat(timetable.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(timetable.sixMonthDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(timetable.responseDue()).isEmpty();
  }

  @Test
  void anAcknowledgementAfterItsDayIsLate() {
    ResponseTimetable onTime = received();
    ResponseTimetable late = received();

    onTime.acknowledged(london("2026-03-05T16:00"), HANDLER);
    late.acknowledged(london("2026-03-06T09:00"), HANDLER);

    assertThat(onTime.wasAcknowledgedLate()).isFalse();
    assertThat(late.wasAcknowledgedLate()).isTrue();
  }

  @Test
  void thePlanSetsTheResponseTwentyFiveWorkingDaysOnUnlessADateIsAgreed() {
    assertThat(planned().responseDue()).contains(LocalDate.of(2026, 4, 10));
    assertThat(
            received()
                .responseDueFor(LocalDate.of(2026, 5, 1), london("2026-03-04T10:00"), DEADLINES))
        .isEqualTo(LocalDate.of(2026, 5, 1));
    assertThatThrownBy(
            () ->
                received()
                    .responseDueFor(
                        LocalDate.of(2026, 3, 4), london("2026-03-04T10:00"), DEADLINES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The agreed response date must be after today.");
  }

  @Test
  void restartingTheClockMovesTheResponseDateOnAndKeepsWhy() {
    ResponseTimetable timetable = planned();

    timetable.stopClock("Waiting for records", london("2026-03-09T10:00"), HANDLER);
    assertThat(timetable.isClockStopped()).isTrue();
    timetable.restartClock(london("2026-03-11T15:00"), "kim", DEADLINES);

    assertThat(timetable.isClockStopped()).isFalse();
    assertThat(timetable.responseDue()).contains(LocalDate.of(2026, 4, 14));
    assertThat(stops).singleElement().extracting(ClockStop::workingDaysStopped).isEqualTo(2);
    assertThat(changes)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.from()).isEqualTo(LocalDate.of(2026, 4, 10));
              assertThat(change.to()).isEqualTo(LocalDate.of(2026, 4, 14));
              assertThat(change.reason())
                  .isEqualTo("Clock stopped for 2 working day(s): Waiting for records");
            });
  }

  @Test
  void theClockCannotRestartBeforeItStopped() {
    ResponseTimetable timetable = planned();
    timetable.stopClock("Waiting", london("2026-03-09T10:00"), HANDLER);

    assertThatThrownBy(() -> timetable.restartClock(london("2026-03-09T09:00"), HANDLER, DEADLINES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The clock cannot restart before it stopped.");
  }

  @Test
  void theClockStopsOnlyWhileTheComplaintIsPlannedOrInvestigated() {
    ResponseTimetable timetable = planned();
    status.set(ComplaintStatus.AWAITING_SIGN_OFF);

    assertThatThrownBy(() -> timetable.stopClock("Waiting", london("2026-03-09T10:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Stopping the clock is not possible while the complaint is awaiting sign-off.");
  }

  @Test
  void theResponseDateCannotBeChangedToWhatItIs() {
    ResponseTimetable timetable = planned();

    assertThatThrownBy(
            () ->
                timetable.changeResponseDate(
                    LocalDate.of(2026, 4, 10), "Same", london("2026-03-20T10:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The response date is already Friday 10 April 2026.");
  }

  @Test
  void theDelayLetterIsOwedAfterSixMonthsOnlyUntilTheResponseIsSent() {
    ResponseTimetable timetable = planned();
    assertThat(timetable.isPastSixMonthsWithoutResponseOn(LocalDate.of(2026, 9, 3))).isTrue();

    timetable.responded(london("2026-09-10T10:00"));

    assertThat(timetable.isPastSixMonthsWithoutResponseOn(LocalDate.of(2026, 9, 11))).isFalse();
  }

  @Test
  void aLaterSixMonthDateMustBeLater() {
    ResponseTimetable timetable = planned();

    assertThatThrownBy(
            () ->
                timetable.agreeLaterSixMonthDate(
                    LocalDate.of(2026, 8, 31), london("2026-08-01T10:00")))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The agreed date must be later than Tuesday 1 September 2026.");
  }
}
