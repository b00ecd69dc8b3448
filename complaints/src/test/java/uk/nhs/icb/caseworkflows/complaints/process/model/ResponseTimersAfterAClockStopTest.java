package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.RESPONSE_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.SIX_MONTH_DATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.date;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.later;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DRAFT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.INVESTIGATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.SIGN_OFF;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.plan;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 8 (and the model's half of point 3): the response date is a timer of the model,
 * which stands still while the clock is stopped and waits for the new date after it restarts or the
 * date changes; a date passed is escalated to the manager. The six-month letter comes on the last
 * day of the regulation's period.
 */
class ResponseTimersAfterAClockStopTest {

  private static final String TIMETABLE_CHANGED = "ResponseTimetableChanged";
  private static final Date MOVED_RESPONSE_DUE = date("2027-01-14T23:59:59.999Z");

  private ComplaintProcessHarness complaint;

  @BeforeEach
  void startEngine() {
    complaint = new ComplaintProcessHarness();
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false, true));
  }

  @AfterEach
  void stopEngineAndResetClock() {
    complaint.close();
  }

  @Test
  void responseDatePassedTheCaseEscalatesToTheManagerOnceAndTheWorkGoesOn() {
    complaint.passTime(later(RESPONSE_DUE, -60));
    assertThat(responseBreaches()).isEmpty();

    complaint.passTime(later(RESPONSE_DUE, 60));

    assertThat(responseBreaches()).containsExactly("RESPONSE_OVERDUE");
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
    complaint.passTime(later(RESPONSE_DUE, 86_400));
    assertThat(responseBreaches()).containsExactly("RESPONSE_OVERDUE");
  }

  @Test
  void aResponseSentInTimeEndsTheResponseClock() {
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));

    assertThat(complaint.isRunning()).isFalse();
    assertThat(responseBreaches()).isEmpty();
  }

  @Test
  void whileTheClockIsStoppedTheResponseDatePassesWithoutABreach() {
    complaint.passTime(date("2026-12-01T10:00:00Z"));
    changeTimetable(true, RESPONSE_DUE);
    assertThat(complaint.waitingTimers()).doesNotContain("response-date-passed");

    complaint.passTime(later(RESPONSE_DUE, 3_600));

    assertThat(responseBreaches()).isEmpty();
  }

  @Test
  void timersAfterAClockStopFireOnTheMovedDateNotTheOldOne() {
    complaint.passTime(date("2026-12-01T10:00:00Z"));
    changeTimetable(true, RESPONSE_DUE);
    complaint.passTime(date("2026-12-08T10:00:00Z"));
    changeTimetable(false, MOVED_RESPONSE_DUE);

    complaint.passTime(later(RESPONSE_DUE, 3_600));
    assertThat(responseBreaches()).isEmpty();
    assertThat(complaint.waitingTimers()).contains("response-date-passed");

    complaint.passTime(later(MOVED_RESPONSE_DUE, 60));
    assertThat(responseBreaches()).containsExactly("RESPONSE_OVERDUE");
  }

  @Test
  void aResponseDateChangedWhileTheClockRunsMovesTheTimer() {
    changeTimetable(false, MOVED_RESPONSE_DUE);

    complaint.passTime(later(RESPONSE_DUE, 3_600));
    assertThat(responseBreaches()).isEmpty();

    complaint.passTime(later(MOVED_RESPONSE_DUE, 60));
    assertThat(responseBreaches()).containsExactly("RESPONSE_OVERDUE");
  }

  @Test
  void aLaterDateAgreedAfterABreachIsWatchedAgain() {
    complaint.passTime(later(RESPONSE_DUE, 60));
    Date agreedLater = date("2027-02-01T23:59:59.999Z");
    changeTimetable(false, agreedLater);

    complaint.passTime(later(agreedLater, 60));

    assertThat(responseBreaches()).containsExactly("RESPONSE_OVERDUE", "RESPONSE_OVERDUE");
  }

  @Test
  void theSixMonthLetterComesOnTheLastDayOfTheRegulationsPeriod() {
    complaint.passTime(later(SIX_MONTH_DATE, -60));
    assertThat(complaint.casework.letters()).doesNotContain("complaint-holding-letter");

    complaint.passTime(later(SIX_MONTH_DATE, 60));

    // 22 May 2027: six months beginning with the day the complaint was received, 23 November.
    assertThat(complaint.casework.letters()).contains("complaint-holding-letter");
  }

  /** The provider's own timers run too; these tests watch the response date's. */
  private java.util.List<String> responseBreaches() {
    return complaint.casework.breaches().stream().filter("RESPONSE_OVERDUE"::equals).toList();
  }

  private void changeTimetable(boolean clockStopped, Date responseDue) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("clockStopped", clockStopped);
    variables.put("responseDue", responseDue);
    complaint
        .engine
        .getRuntimeService()
        .createMessageCorrelation(TIMETABLE_CHANGED)
        .processInstanceBusinessKey(ComplaintProcessHarness.CASE_ID)
        .setVariables(variables)
        .correlate();
  }
}
