package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.ACKNOWLEDGEMENT_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.PROVIDER_REMINDER_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.PROVIDER_RESPONSE_DUE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.RESPONSE_DUE;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each path a complaint can take, as the complaints team would see it: tasks, letters, closure. */
class ComplaintProcessTest {

  static final String CHECK_REMIT = "Check the complaint is for the ICB";
  static final String DECIDE_LATE = "Decide on a late complaint";
  static final String ACKNOWLEDGE = "Acknowledge the complaint";
  static final String RECORD_CONSENT = "Record consent";
  static final String AGREE_PLAN = "Agree the complaint plan";
  static final String DECIDE_ANONYMOUS = "Decide whether it can be investigated anonymously";
  static final String RECORD_CHOICE = "Record the complainant's choice";
  static final String INVESTIGATE = "Investigate the complaint";
  static final String DRAFT = "Draft the response";
  static final String SIGN_OFF = "Sign off the response";
  static final String DECIDE_STANDING = "Decide whether the representative may complain";

  static final String ACKNOWLEDGEMENT = "complaint-acknowledgement";
  static final String CONSENT_FORM = "complaint-consent-form";
  static final String NAMED_DISCLOSURE = "complaint-disclosure-notice naming the complainant";
  static final String ANONYMOUS_DISCLOSURE =
      "complaint-disclosure-notice without the complainant's name";
  static final String IDENTITY_NEEDED = "complaint-identity-needed";
  static final String FINAL_RESPONSE = "complaint-final-response";
  static final String STANDING_REFUSED = "complaint-standing-refused";
  static final String CONSENT_DECLINED = "complaint-consent-declined";
  static final String TRANSFERRED = "complaint-transferred";
  static final String TRANSFER_NOTICE = "complaint-transfer-notice";

  private ComplaintProcessHarness complaint;

  @BeforeEach
  void startEngine() {
    complaint = new ComplaintProcessHarness();
  }

  @AfterEach
  void everyDisclosureLetterCameAfterConsentWasRecorded() {
    try {
      assertThat(complaint.casework.letterRequests())
          .filteredOn(letter -> letter.kind().equals("complaint-disclosure-notice"))
          .allMatch(RecordedCasework.LetterRequest::consentRecorded);
    } finally {
      complaint.close();
    }
  }

  @Test
  void aComplaintInTimeForTheIcbWithConsentIsAcknowledgedInvestigatedAnsweredAndClosed() {
    complaint.receive();
    assertThat(complaint.openTasks()).containsExactly(CHECK_REMIT);

    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    assertThat(complaint.openTasks()).containsExactly(ACKNOWLEDGE);

    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT);
    assertThat(complaint.openTasks()).containsExactly(AGREE_PLAN);

    complaint.complete(AGREE_PLAN, plan(false));
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, NAMED_DISCLOSURE);
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);

    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));

    assertThat(complaint.casework.letters())
        .containsExactly(ACKNOWLEDGEMENT, NAMED_DISCLOSURE, FINAL_RESPONSE);
    assertThat(complaint.casework.closures()).containsExactly("RESPONDED");
    assertThat(complaint.casework.breaches()).isEmpty();
    assertThat(complaint.openTasks()).isEmpty();
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void eachTaskIsOfferedToTheRightTeamWithItsDeadline() {
    complaint.receive();
    assertDue(CHECK_REMIT, "complaints-handler", ACKNOWLEDGEMENT_DUE);
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    assertDue(ACKNOWLEDGE, "complaints-handler", ACKNOWLEDGEMENT_DUE);
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    complaint.complete(AGREE_PLAN, plan(false));
    assertDue(INVESTIGATE, "complaints-handler", RESPONSE_DUE);
    complaint.complete(INVESTIGATE);
    assertDue(DRAFT, "complaints-handler", RESPONSE_DUE);
    complaint.complete(DRAFT);

    assertDue(SIGN_OFF, "complaints-manager", RESPONSE_DUE);
  }

  @Test
  void theProcessHoldsOnlyTheCaseReferenceRoutingFlagsAndDeadlines() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, consentMissing());
    complaint.complete(RECORD_CONSENT, Map.of("consentGiven", true));
    complaint.complete(AGREE_PLAN, plan(true));
    complaint.complete(DECIDE_ANONYMOUS, Map.of("canInvestigateAnonymously", true));
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));

    List<String> names =
        complaint
            .engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(complaint.processInstanceId())
            .list()
            .stream()
            .map(HistoricVariableInstance::getName)
            .toList();

    assertThat(names)
        .isSubsetOf(
            Set.of(
                "caseType",
                "caseReference",
                "inTime",
                "forSomeoneElse",
                "standingAccepted",
                "aboutTheIcb",
                "withinRemit",
                "consentComplete",
                "consentGiven",
                "anonymityRequested",
                "canInvestigateAnonymously",
                "approved",
                "moreInvestigation",
                "lateAccepted",
                "proceedWithDisclosure",
                "acknowledgementDue",
                "consentReminderDue",
                "responseDue",
                "providerResponseDue",
                "providerReminderDue",
                "sixMonthDate",
                "clockStopped",
                // the model's own instructions to the delegates, local to the service tasks
                "letterKind",
                "anonymous",
                "late",
                "reminder",
                "closureReason",
                "breach",
                "flag"));
  }

  @Test
  void aLateComplaintThatIsNotAcceptedGetsTheOutOfTimeLetterAndIsClosed() {
    complaint.receive(Map.of("inTime", false));
    assertThat(complaint.openTasks()).containsExactly(DECIDE_LATE);

    complaint.complete(DECIDE_LATE, Map.of("lateAccepted", false));

    assertThat(complaint.casework.letters()).containsExactly("complaint-outside-remit (late)");
    assertThat(complaint.casework.closures()).containsExactly("OUT_OF_TIME");
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void aLateComplaintThatIsAcceptedGoesOnToTheRemitCheck() {
    complaint.receive(Map.of("inTime", false));

    complaint.complete(DECIDE_LATE, Map.of("lateAccepted", true));

    assertThat(complaint.openTasks()).containsExactly(CHECK_REMIT);
    assertThat(complaint.casework.letters()).isEmpty();
  }

  @Test
  void aComplaintNotForTheIcbGetsTheOutsideRemitLetterAndIsClosed() {
    complaint.receive();

    complaint.complete(CHECK_REMIT, Map.of("withinRemit", false));

    assertThat(complaint.casework.letters()).containsExactly("complaint-outside-remit");
    assertThat(complaint.casework.closures()).containsExactly("OUTSIDE_REMIT");
    assertThat(complaint.openTasks()).isEmpty();
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void missingConsentSendsTheConsentFormAndNothingIsDisclosedUntilConsentIsRecorded() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    complaint.complete(ACKNOWLEDGE, consentMissing());

    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, CONSENT_FORM);
    assertThat(complaint.openTasks()).containsExactly(RECORD_CONSENT);

    complaint.complete(RECORD_CONSENT, Map.of("consentGiven", true));
    assertThat(complaint.openTasks()).containsExactly(AGREE_PLAN);
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, CONSENT_FORM);

    complaint.complete(AGREE_PLAN, plan(false));
    assertThat(complaint.casework.letters())
        .containsExactly(ACKNOWLEDGEMENT, CONSENT_FORM, NAMED_DISCLOSURE);
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
  }

  @Test
  void consentNotGivenClosesTheCaseWithoutDisclosingAnythingAndSaysWhatTheIcbCanStillDo() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, consentMissing());

    complaint.complete(RECORD_CONSENT, Map.of("consentGiven", false));

    assertThat(complaint.casework.letters())
        .containsExactly(ACKNOWLEDGEMENT, CONSENT_FORM, CONSENT_DECLINED);
    assertThat(complaint.casework.closures()).containsExactly("CONSENT_NOT_GIVEN");
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void aComplaintThatCanBeInvestigatedAnonymouslyIsDisclosedWithoutTheComplainantsName() {
    reachThePlanWithConsent();

    complaint.complete(AGREE_PLAN, plan(true));
    assertThat(complaint.openTasks()).containsExactly(DECIDE_ANONYMOUS);
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT);

    complaint.complete(DECIDE_ANONYMOUS, Map.of("canInvestigateAnonymously", true));

    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, ANONYMOUS_DISCLOSURE);
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
  }

  @Test
  void
      declinedConsentsWhenTheNameIsNeededAndTheComplainantDeclinesNothingIsDisclosedAndTheCaseClosesAsNotShared() {
    reachThePlanWithConsent();
    complaint.complete(AGREE_PLAN, plan(true));

    complaint.complete(DECIDE_ANONYMOUS, Map.of("canInvestigateAnonymously", false));
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, IDENTITY_NEEDED);
    assertThat(complaint.openTasks()).containsExactly(RECORD_CHOICE);

    complaint.complete(RECORD_CHOICE, Map.of("proceedWithDisclosure", false));

    assertThat(complaint.casework.letters())
        .containsExactly(ACKNOWLEDGEMENT, IDENTITY_NEEDED, CONSENT_DECLINED);
    assertThat(complaint.casework.closures()).containsExactly("CONSENT_DECLINED");
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void whenTheNameIsNeededAndTheComplainantAgreesTheNoticeNamesThemOnlyAfterTheirChoice() {
    reachThePlanWithConsent();
    complaint.complete(AGREE_PLAN, plan(true));
    complaint.complete(DECIDE_ANONYMOUS, Map.of("canInvestigateAnonymously", false));

    complaint.complete(RECORD_CHOICE, Map.of("proceedWithDisclosure", true));

    assertThat(complaint.casework.letters())
        .containsExactly(ACKNOWLEDGEMENT, IDENTITY_NEEDED, NAMED_DISCLOSURE);
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
  }

  @Test
  void aResponseReturnedAtSignOffGoesBackToDraftingAndIsSentOnlyOnceApproved() {
    reachThePlanWithConsent();
    complaint.complete(AGREE_PLAN, plan(false));
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);

    complaint.complete(SIGN_OFF, Map.of("approved", false, "moreInvestigation", false));
    assertThat(complaint.openTasks()).containsExactly(DRAFT);
    assertThat(complaint.casework.letters()).doesNotContain(FINAL_RESPONSE);

    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));

    assertThat(complaint.casework.letters()).endsWith(FINAL_RESPONSE);
    assertThat(complaint.casework.closures()).containsExactly("RESPONDED");
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void aComplaintWithdrawnDuringTheInvestigationIsClosedAsWithdrawnWithNoTaskLeft() {
    reachThePlanWithConsent();
    complaint.complete(AGREE_PLAN, plan(false));
    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);

    complaint.correlate("ComplaintWithdrawn");

    assertThat(complaint.casework.closures()).containsExactly("WITHDRAWN");
    assertThat(complaint.openTasks()).isEmpty();
    assertThat(complaint.waitingTimers()).isEmpty();
    assertThat(complaint.isRunning()).isFalse();
  }

  /** Issue 14 point 2: a withdrawal received is confirmed by letter before the case closes. */
  @Test
  void aWithdrawalReceivedIsConfirmedByLetterBeforeTheCaseCloses() {
    reachThePlanWithConsent();
    complaint.complete(AGREE_PLAN, plan(false));

    complaint.correlate("ComplaintWithdrawn");

    assertThat(complaint.casework.timeline())
        .endsWith("letter complaint-withdrawal-received", "closed WITHDRAWN");
  }

  @Test
  void consentWithdrawnStopsTheWorkAndClosesTheCase() {
    reachThePlanWithConsent();

    complaint.correlate("ConsentWithdrawn");

    assertThat(complaint.casework.closures()).containsExactly("CONSENT_WITHDRAWN");
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT);
    assertThat(complaint.openTasks()).isEmpty();
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void whoMayComplainARepresentativeWhoseStandingIsRefusedIsToldWhyAndTheComplaintGoesNoFurther() {
    complaint.receive(Map.of("forSomeoneElse", true));
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
    assertThat(complaint.openTasks()).containsExactly(DECIDE_STANDING);

    complaint.complete(DECIDE_STANDING, Map.of("standingAccepted", false));

    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, STANDING_REFUSED);
    assertThat(complaint.casework.closures()).containsExactly("STANDING_REFUSED");
    assertThat(complaint.openTasks()).isEmpty();
    assertThat(complaint.isRunning()).isFalse();
  }

  @Test
  void whoMayComplainARepresentativeWhoseStandingIsAcceptedGoesOnToConsentAndThePlan() {
    complaint.receive(Map.of("forSomeoneElse", true));
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, consentMissing());
    assertThat(complaint.openTasks()).containsExactly(DECIDE_STANDING);
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT);

    complaint.complete(DECIDE_STANDING, Map.of("standingAccepted", true));

    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, CONSENT_FORM);
    assertThat(complaint.openTasks()).containsExactly(RECORD_CONSENT);
  }

  @Test
  void aComplaintAboutTheIcbItselfIsInvestigatedWithoutAnyNoticeToAProvider() {
    reachThePlanWithConsent();

    complaint.complete(AGREE_PLAN, plan(false, true));

    assertThat(complaint.openTasks()).containsExactly(INVESTIGATE);
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT);
    complaint.complete(INVESTIGATE);
    complaint.complete(DRAFT);
    complaint.complete(SIGN_OFF, Map.of("approved", true));
    assertThat(complaint.casework.letters()).containsExactly(ACKNOWLEDGEMENT, FINAL_RESPONSE);
    assertThat(complaint.casework.closures()).containsExactly("RESPONDED");
  }

  @Test
  void transferToTheProviderSendsBothLettersAndClosesTheCaseAsTransferredNotWithdrawn() {
    reachThePlanWithConsent();
    assertThat(complaint.openTasks()).containsExactly(AGREE_PLAN);

    complaint.correlate("ComplaintTransferred");

    assertThat(complaint.casework.letters())
        .containsExactly(ACKNOWLEDGEMENT, TRANSFERRED, TRANSFER_NOTICE);
    assertThat(complaint.casework.closures()).containsExactly("TRANSFERRED");
    assertThat(complaint.openTasks()).isEmpty();
    assertThat(complaint.waitingTimers()).isEmpty();
    assertThat(complaint.isRunning()).isFalse();
  }

  private void reachThePlanWithConsent() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));
  }

  /** Acknowledged without complete consent: Java also sets when to send a reminder. */
  static Map<String, Object> consentMissing() {
    return Map.of(
        "consentComplete",
        false,
        "consentReminderDue",
        ComplaintProcessHarness.CONSENT_REMINDER_DUE);
  }

  /** What agreeing the plan records: whether anonymity was asked for, and the agreed dates. */
  static Map<String, Object> plan(boolean anonymityRequested) {
    return plan(anonymityRequested, false);
  }

  static Map<String, Object> plan(boolean anonymityRequested, boolean aboutTheIcb) {
    return Map.of(
        "anonymityRequested", anonymityRequested,
        "aboutTheIcb", aboutTheIcb,
        "responseDue", RESPONSE_DUE,
        "providerResponseDue", PROVIDER_RESPONSE_DUE,
        "providerReminderDue", PROVIDER_REMINDER_DUE,
        "clockStopped", false);
  }

  private void assertDue(String taskName, String group, Date due) {
    Task task = complaint.openTask(taskName);
    assertThat(task).as(taskName).isNotNull();
    assertThat(task.getDueDate()).as(taskName + " due").isEqualTo(due);
    assertThat(complaint.engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId)
        .as(taskName + " offered to")
        .containsExactly(group);
  }
}
