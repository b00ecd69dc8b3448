package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.ACKNOWLEDGEMENT_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.CONSENT_REMINDER_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.PROVIDER_REMINDER_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.PROVIDER_RESPONSE_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.SIX_MONTH_DATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.later;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DRAFT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.INVESTIGATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.RECORD_CONSENT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.SIGN_OFF;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.consentMissing;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.plan;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deadlines the model carries as timers: what happens when each one passes. */
class ComplaintDeadlinesTest {

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
  void nothingIsEscalatedWhileTheAcknowledgementIsStillInTime() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    complaint.passTime(later(ACKNOWLEDGEMENT_DUE, -60));

    assertThat(complaint.casework.breaches()).isEmpty();
    assertThat(complaint.waitingTimers()).contains("acknowledgement-overdue");
  }

  @Test
  void anOverdueAcknowledgementIsEscalatedToTheManagerAndTheTaskStaysOpen() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    complaint.passTime(later(ACKNOWLEDGEMENT_DUE, 60));

    assertThat(complaint.casework.breaches()).containsExactly("ACKNOWLEDGEMENT_OVERDUE");
    assertThat(complaint.openTasks()).containsExactly(ACKNOWLEDGE);
    assertThat(complaint.openTask(ACKNOWLEDGE).getDueDate()).isEqualTo(ACKNOWLEDGEMENT_DUE);

    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    assertThat(complaint.casework.letters()).containsExactly("complaint-acknowledgement");
    assertThat(complaint.openTasks()).containsExactly(AGREE_PLAN);
  }

  @Test
  void anAcknowledgementDoneInTimeCancelsItsEscalation() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));

    complaint.passTime(later(ACKNOWLEDGEMENT_DUE, 60));

    assertThat(complaint.casework.breaches()).isEmpty();
    assertThat(complaint.waitingTimers()).doesNotContain("acknowledgement-overdue");
  }

  @Test
  void consentStillMissingAtTheReminderDateSendsAReminderAndKeepsWaiting() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, consentMissing());

    complaint.passTime(later(CONSENT_REMINDER_DUE, 60));

    assertThat(complaint.casework.letters())
        .containsExactly(
            "complaint-acknowledgement",
            "complaint-consent-form",
            "complaint-consent-form (reminder)");
    assertThat(complaint.openTasks()).containsExactly(RECORD_CONSENT);
  }

  @Test
  void theHandlerIsRemindedBeforeTheProviderResponseIsDueAndTheManagerToldWhenItIsLate() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false));

    complaint.passTime(later(PROVIDER_REMINDER_DUE, 60));
    assertThat(complaint.casework.reminders()).containsExactly("PROVIDER_RESPONSE_DUE_SOON");
    assertThat(complaint.casework.breaches()).isEmpty();

    complaint.passTime(later(PROVIDER_RESPONSE_DUE, 60));
    assertThat(complaint.casework.breaches()).containsExactly("PROVIDER_RESPONSE_OVERDUE");
    assertThat(complaint.casework.reminders()).hasSize(1);
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
  }

  @Test
  void finishingTheInvestigationCancelsTheProviderResponseTimers() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false));
    assertThat(complaint.waitingTimers())
        .contains("provider-response-reminder", "provider-response-overdue");

    complaint.complete(INVESTIGATE);

    assertThat(complaint.waitingTimers())
        .doesNotContain("provider-response-reminder", "provider-response-overdue");
  }

  @Test
  void sixMonthsWithoutAResponseSendsTheHoldingLetterFlagsTheCaseAndKeepsItRunning() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false));
    complaint.complete(INVESTIGATE);

    complaint.passTime(later(SIX_MONTH_DATE, 60));

    assertThat(complaint.casework.timeline())
        .containsSubsequence("letter complaint-holding-letter", "flag SIX_MONTHS_PASSED");
    assertThat(complaint.casework.flags()).containsExactly("SIX_MONTHS_PASSED");
    assertThat(complaint.casework.closures()).isEmpty();
    assertThat(complaint.isRunning()).isTrue();
    assertThat(complaint.openTasks()).containsExactly(DRAFT);
    // Six months after receipt the response date agreed at planning has long passed too.
    assertThat(complaint.casework.breaches()).containsExactly("RESPONSE_OVERDUE");

    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));
    assertThat(complaint.casework.closures()).containsExactly("RESPONDED");
  }

  @Test
  void aComplaintAnsweredWithinSixMonthsNeverGetsAHoldingLetter() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false));
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));

    complaint.passTime(later(SIX_MONTH_DATE, 60));

    assertThat(complaint.casework.letters()).doesNotContain("complaint-holding-letter");
    assertThat(complaint.casework.flags()).isEmpty();
  }
}
