package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.ACKNOWLEDGEMENT_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.date;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.later;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DECIDE_LATE;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 5: the 3-working-day acknowledgement deadline runs from receipt through the first
 * checks (a late complaint's decision, the remit check) to the acknowledgement, and its last day
 * counts until midnight.
 */
class AcknowledgementDeadlineCoversTheFirstChecksTest {

  /** 17:30 on Thursday 26 November 2026, the third working day after Monday's receipt. */
  private static final java.util.Date HALF_PAST_FIVE_ON_THE_LAST_DAY = date("2026-11-26T17:30:00Z");

  private ComplaintProcessHarness complaint;

  @BeforeEach
  void startEngine() {
    complaint = new ComplaintProcessHarness();
  }

  @AfterEach
  void stopEngineAndResetClock() {
    complaint.close();
  }

  @Test
  void anAcknowledgementAtHalfPastFiveOnItsLastDayIsInTime() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    complaint.passTime(HALF_PAST_FIVE_ON_THE_LAST_DAY);
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.passTime(later(ACKNOWLEDGEMENT_DUE, 60));

    assertThat(complaint.casework.breaches()).isEmpty();
  }

  @Test
  void theDeadlineFiresOnlyAfterTheLastDayHasEnded() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    complaint.passTime(date("2026-11-26T23:59:00Z"));
    assertThat(complaint.casework.breaches()).isEmpty();

    complaint.passTime(date("2026-11-27T00:00:01Z"));
    assertThat(complaint.casework.breaches()).containsExactly("ACKNOWLEDGEMENT_OVERDUE");
  }

  @Test
  void aRemitCheckStillOpenAfterTheDeadlineIsAnAcknowledgementBreach() {
    complaint.receive();

    complaint.passTime(later(ACKNOWLEDGEMENT_DUE, 60));

    assertThat(complaint.casework.breaches()).containsExactly("ACKNOWLEDGEMENT_OVERDUE");
    assertThat(complaint.openTasks()).containsExactly(CHECK_REMIT);
  }

  @Test
  void aLateComplaintStillUndecidedAfterTheDeadlineIsAnAcknowledgementBreach() {
    complaint.receive(Map.of("inTime", false));

    complaint.passTime(later(ACKNOWLEDGEMENT_DUE, 60));

    assertThat(complaint.casework.breaches()).containsExactly("ACKNOWLEDGEMENT_OVERDUE");
    assertThat(complaint.openTasks()).containsExactly(DECIDE_LATE);
  }

  @Test
  void firstChecksDoneInTimeLeaveNoTimerBehind() {
    complaint.receive(Map.of("inTime", false));
    complaint.complete(DECIDE_LATE, Map.of("lateAccepted", true));
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    assertThat(complaint.waitingTimers())
        .contains("acknowledgement-overdue")
        .doesNotContain("late-decision-overdue", "remit-check-overdue");
  }
}
