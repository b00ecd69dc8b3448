package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.date;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.later;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DECIDE_ANONYMOUS;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.DECIDE_STANDING;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.IDENTITY_NEEDED;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.INVESTIGATE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.NAMED_DISCLOSURE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.RECORD_CHOICE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.RECORD_CONSENT;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.consentMissing;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.plan;

import java.io.InputStream;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 7: every step of the complaint has a due date and something that happens when it
 * passes. The steps no regulation times are due a set number of working days after they open and
 * escalate to the complaints manager; the identity-needed letter's promise ("we will try to contact
 * you once more before we close your complaint") is kept by a reminder on its reply date and a
 * closure, by letter, one more period later. Received Monday 23 November 2026, so every count below
 * is of working days from then.
 */
class EveryStepIsDueAndEscalatedTest {

  /** Five working days from Monday 23 November 2026. */
  private static final Date FIVE_WORKING_DAYS = date("2026-11-30T23:59:59.999Z");

  /** Ten working days from Monday 23 November 2026: the letters' reply period. */
  private static final Date TEN_WORKING_DAYS = date("2026-12-07T23:59:59.999Z");

  /** Twenty working days: the consent reminder's ten, then the form's ten again. */
  private static final Date TWENTY_WORKING_DAYS = date("2026-12-21T23:59:59.999Z");

  private static final String IDENTITY_REMINDER = "complaint-identity-reminder";
  private static final String CLOSED_NO_REPLY = "complaint-closed-no-reply";

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
  void point7EveryUserTaskOfTheModelHasADueDateAndATimerOrTheResponseClock() throws Exception {
    BpmnModelInstance model;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(ComplaintProcessHarness.MODEL)) {
      model = Bpmn.readModelFromStream(in);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaDueDate()).as(task.getId() + " due date").isNotBlank();
      boolean timed =
          model.getModelElementsByType(BoundaryEvent.class).stream()
              .anyMatch(
                  event ->
                      event.getAttachedTo() == task
                          && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty());
      // Investigating, drafting and signing off are due on the response date, whose own timer
      // (the response clock) escalates it.
      boolean onTheResponseClock = "${responseDue}".equals(task.getCamundaDueDate());
      assertThat(timed || onTheResponseClock).as(task.getId() + " escalated").isTrue();
    }
  }

  @Test
  void point7AnUndecidedStandingIsEscalatedFiveWorkingDaysAfterTheAcknowledgement() {
    complaint.receive(Map.of("forSomeoneElse", true));
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));

    assertThat(complaint.openTask(DECIDE_STANDING).getDueDate()).isEqualTo(FIVE_WORKING_DAYS);
    complaint.passTime(later(FIVE_WORKING_DAYS, -60));
    assertThat(complaint.casework.breaches()).isEmpty();

    complaint.passTime(later(FIVE_WORKING_DAYS, 60));

    assertThat(complaint.casework.breaches()).containsExactly("STANDING_DECISION_OVERDUE");
    assertThat(complaint.openTasks()).containsExactly(DECIDE_STANDING);
  }

  @Test
  void point7ConsentStillMissingAfterTheReminderAndItsReplyPeriodIsEscalated() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, consentMissing());

    assertThat(complaint.openTask(RECORD_CONSENT).getDueDate()).isEqualTo(TWENTY_WORKING_DAYS);
    complaint.passTime(later(TWENTY_WORKING_DAYS, -60));
    assertThat(complaint.casework.letters()).contains("complaint-consent-form (reminder)");
    assertThat(complaint.casework.breaches()).isEmpty();

    complaint.passTime(later(TWENTY_WORKING_DAYS, 60));

    assertThat(complaint.casework.breaches()).containsExactly("CONSENT_OVERDUE");
    assertThat(complaint.openTasks()).containsExactly(RECORD_CONSENT);
  }

  @Test
  void point7APlanNotAgreedWithinTenWorkingDaysIsEscalatedAndAnAgreedPlanLeavesNoTimer() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));

    assertThat(complaint.openTask(AGREE_PLAN).getDueDate()).isEqualTo(TEN_WORKING_DAYS);
    complaint.passTime(later(TEN_WORKING_DAYS, 60));
    assertThat(complaint.casework.breaches()).contains("PLAN_OVERDUE");

    complaint.complete(AGREE_PLAN, plan(false));
    assertThat(complaint.waitingTimers()).doesNotContain("plan-overdue");
  }

  @Test
  void point7AnAnonymityDecisionNotMadeWithinFiveWorkingDaysIsEscalated() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(true));

    assertThat(complaint.openTask(DECIDE_ANONYMOUS).getDueDate()).isEqualTo(FIVE_WORKING_DAYS);
    complaint.passTime(later(FIVE_WORKING_DAYS, 60));

    assertThat(complaint.casework.breaches()).containsExactly("ANONYMITY_DECISION_OVERDUE");
  }

  @Test
  void point7NoReplyByTheIdentityLettersDateBringsOneMoreLetterAndTheStepStaysOpen() {
    reachTheComplainantsChoice();

    assertThat(complaint.openTask(RECORD_CHOICE).getDueDate()).isEqualTo(TEN_WORKING_DAYS);
    complaint.passTime(later(TEN_WORKING_DAYS, -60));
    assertThat(complaint.casework.letters()).doesNotContain(IDENTITY_REMINDER);

    complaint.passTime(later(TEN_WORKING_DAYS, 60));

    assertThat(complaint.casework.letters()).endsWith(IDENTITY_NEEDED, IDENTITY_REMINDER);
    assertThat(complaint.openTasks()).containsExactly(RECORD_CHOICE);
    assertThat(complaint.casework.closures()).isEmpty();
  }

  @Test
  void point7NoReplyAfterTheReminderClosesTheComplaintByLetterWithoutNamingTheComplainant() {
    reachTheComplainantsChoice();
    complaint.passTime(later(TEN_WORKING_DAYS, 60));
    complaint.passTime(later(TWENTY_WORKING_DAYS, -60));
    assertThat(complaint.casework.closures()).isEmpty();

    complaint.passTime(later(TWENTY_WORKING_DAYS, 60));

    assertThat(complaint.casework.letters())
        .endsWith(IDENTITY_NEEDED, IDENTITY_REMINDER, CLOSED_NO_REPLY)
        .doesNotContain(NAMED_DISCLOSURE);
    // Closed as "could not be shared", the same as a complainant who declined to be named.
    assertThat(complaint.casework.closures()).containsExactly("CONSENT_DECLINED");
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void point7AReplyBeforeTheDateEndsTheFollowUp() {
    reachTheComplainantsChoice();

    complaint.complete(RECORD_CHOICE, Map.of("proceedWithDisclosure", true));
    complaint.passTime(later(TWENTY_WORKING_DAYS, 60));

    assertThat(complaint.casework.letters())
        .doesNotContain(IDENTITY_REMINDER, CLOSED_NO_REPLY)
        .endsWith(NAMED_DISCLOSURE);
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
  }

  private void reachTheComplainantsChoice() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(true));
    complaint.complete(DECIDE_ANONYMOUS, Map.of("canInvestigateAnonymously", false));
  }
}
