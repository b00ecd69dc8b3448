package uk.nhs.icb.caseworkflows.ifr.process.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.icb.caseworkflows.ifr.process.model.IfrProcessHarness.date;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of ifr.bpmn, worked as the coordinator and the panel would. */
class IfrProcessTest {

  static final String SCREEN = "Screen the request";
  static final String CHAIRS_ACTION = "Decide by chair's action";
  static final String DECIDE_AT_PANEL = "Decide at a panel meeting";
  static final String DECIDE_REVIEW = "Decide the review";
  static final String OUTCOME_REPORT = "Record the outcome report";
  static final String ACKNOWLEDGEMENT = "ifr-acknowledgement from send-acknowledgement";

  static final Date DECISION_DUE = date("2027-01-26T17:00:00Z");
  static final Date REVIEW_BY = date("2027-01-11T17:00:00Z");
  static final Date REVIEW_DUE = date("2027-01-22T17:00:00Z");
  static final Date REPORT_DUE = date("2027-06-30T16:00:00Z");

  private IfrProcessHarness request;

  @BeforeEach
  void startEngine() {
    request = new IfrProcessHarness();
  }

  @AfterEach
  void stopEngine() {
    request.close();
  }

  @Test
  void withoutConsentTheRequestIsReturnedToTheClinicianAndNothingElseHappens() {
    request.log(Map.of("consentShown", false));

    assertEquals(List.of("ifr-returned from send-return-letter"), request.casework.letters());
    assertEquals(List.of(), request.openTasks());
    assertFalse(request.isRunning());
  }

  @ParameterizedTest
  @CsvSource({
    "POLICY_COVERS, send-policy-letter",
    "SERVICE_DEVELOPMENT, send-service-development-letter",
    "NHS_ENGLAND, send-nhs-england-letter"
  })
  void aRequestScreenedOutGetsItsLetterAndCloses(String outcome, String letterTask) {
    request.log();
    assertEquals(List.of(SCREEN), request.openTasks());

    request.complete(SCREEN, Map.of("screeningOutcome", outcome));

    assertEquals(
        List.of(ACKNOWLEDGEMENT, "ifr-screened-out from " + letterTask),
        request.casework.letters());
    assertEquals(List.of(IfrProcessHarness.CASE_ID), request.casework.closures());
    assertFalse(request.isRunning());
  }

  @Test
  void askingForMoreInformationPausesTheScreeningClockUntilTheReplyRestartsIt() {
    request.log();
    assertEquals(List.of("screening-overdue"), request.waitingTimers());

    Date reminderDue = date("2026-12-08T17:00:00Z");
    request.complete(
        SCREEN,
        Map.of("screeningOutcome", "MORE_INFORMATION", "informationReminderDue", reminderDue));

    assertEquals(
        List.of(ACKNOWLEDGEMENT, "ifr-request-for-information from send-information-request"),
        request.casework.letters());
    assertEquals(List.of(), request.openTasks(), "nothing to screen while the clinician is asked");
    assertEquals(
        List.of("information-reminder-due"),
        request.waitingTimers(),
        "the screening clock is paused: no screening timer runs");

    request.passTime(IfrProcessHarness.SCREENING_DUE);
    assertEquals(List.of(), request.casework.flags(), "a paused clock is never overdue");

    request.passTime(reminderDue);
    assertEquals(
        "ifr-request-for-information reminder from send-information-reminder",
        request.casework.letters().get(2));

    Date restartedDue = date("2026-12-16T17:00:00Z");
    request.tell("IfrInformationReceived", Map.of("screeningDue", restartedDue));

    assertEquals(List.of(SCREEN), request.openTasks());
    assertEquals(restartedDue, request.openTask(SCREEN).getDueDate());
    assertEquals(List.of("screening-overdue"), request.waitingTimers());
  }

  @Test
  void screeningOverdueIsFlaggedAndTheTaskStays() {
    request.log();

    request.passTime(ProcessTestHarnessDates.after(IfrProcessHarness.SCREENING_DUE));

    assertEquals(List.of("SCREENING_OVERDUE"), request.casework.flags());
    assertEquals(List.of(SCREEN), request.openTasks());
  }

  @Test
  void anUrgentRequestIsDecidedByChairsActionWithoutScreening() {
    request.log(Map.of("urgent", true, "decisionDue", IfrProcessHarness.CHAIRS_ACTION_DUE));

    assertEquals(List.of(CHAIRS_ACTION), request.openTasks());
    assertEquals(IfrProcessHarness.CHAIRS_ACTION_DUE, request.openTask(CHAIRS_ACTION).getDueDate());

    request.passTime(ProcessTestHarnessDates.after(IfrProcessHarness.CHAIRS_ACTION_DUE));
    assertEquals(List.of("CHAIRS_ACTION_OVERDUE"), request.casework.flags());

    request.complete(CHAIRS_ACTION, decision("APPROVED", false));

    assertEquals(
        List.of(ACKNOWLEDGEMENT, "ifr-decision from send-decision-letter"),
        request.casework.letters());
    assertTrue(request.waitingTimers().contains("review-window-ends"));
  }

  @ParameterizedTest
  @CsvSource({"APPROVED", "DECLINED"})
  void aPanelDecisionIsWrittenToTheClinicianAndClosesWhenTheReviewWindowEnds(String outcome) {
    acceptedAndAtPanel();

    request.complete(DECIDE_AT_PANEL, decision(outcome, false));

    assertEquals("ifr-decision from send-decision-letter", request.casework.letters().get(1));
    assertTrue(request.isRunning(), "a review may still be asked for");

    request.passTime(REVIEW_BY);

    assertEquals(List.of(IfrProcessHarness.CASE_ID), request.casework.closures());
    assertFalse(request.isRunning());
  }

  @Test
  void anApprovalWithConditionsWaitsForTheOutcomeReportWithAReminder() {
    acceptedAndAtPanel();
    request.complete(DECIDE_AT_PANEL, decision("APPROVED_WITH_CONDITIONS", true));
    request.passTime(REVIEW_BY);

    assertEquals(List.of(OUTCOME_REPORT), request.openTasks());
    assertEquals(REPORT_DUE, request.openTask(OUTCOME_REPORT).getDueDate());

    request.passTime(ProcessTestHarnessDates.after(REPORT_DUE));
    assertEquals(List.of("OUTCOME_REPORT_OVERDUE"), request.casework.flags());
    assertEquals(List.of(OUTCOME_REPORT), request.openTasks());

    request.complete(OUTCOME_REPORT);
    assertFalse(request.isRunning());
    assertEquals(List.of(IfrProcessHarness.CASE_ID), request.casework.closures());
  }

  @Test
  void fortyWorkingDaysWithoutADecisionIsFlaggedAsABreach() {
    acceptedAndAtPanel();
    assertEquals(List.of("decision-overdue"), request.waitingTimers());

    request.passTime(ProcessTestHarnessDates.after(DECISION_DUE));

    assertEquals(List.of("DECISION_OVERDUE"), request.casework.flags());
    assertEquals(List.of(DECIDE_AT_PANEL), request.openTasks(), "the panel must still decide");
  }

  @Test
  void aReviewThatUpholdsTheDecisionLeavesItStanding() {
    acceptedAndAtPanel();
    request.complete(DECIDE_AT_PANEL, decision("DECLINED", false));

    request.tell("IfrReviewRequested", Map.of("reviewDue", REVIEW_DUE));
    assertEquals(List.of(DECIDE_REVIEW), request.openTasks());
    assertEquals(REVIEW_DUE, request.openTask(DECIDE_REVIEW).getDueDate());

    request.complete(DECIDE_REVIEW, Map.of("reviewOutcome", "UPHELD"));

    assertEquals(
        List.of(
            ACKNOWLEDGEMENT,
            "ifr-decision from send-decision-letter",
            "ifr-review-outcome from send-review-outcome-letter"),
        request.casework.letters());
    assertFalse(request.isRunning());
  }

  @Test
  void aReviewOverdueIsFlagged() {
    acceptedAndAtPanel();
    request.complete(DECIDE_AT_PANEL, decision("DECLINED", false));
    request.tell("IfrReviewRequested", Map.of("reviewDue", REVIEW_DUE));

    request.passTime(ProcessTestHarnessDates.after(REVIEW_DUE));

    assertEquals(List.of("REVIEW_OVERDUE"), request.casework.flags());
  }

  @Test
  void aReviewThatRefersTheDecisionBackGoesToANewPanel() {
    acceptedAndAtPanel();
    request.complete(DECIDE_AT_PANEL, decision("DECLINED", false));
    request.tell("IfrReviewRequested", Map.of("reviewDue", REVIEW_DUE));

    request.complete(DECIDE_REVIEW, Map.of("reviewOutcome", "REFERRED_BACK"));

    assertEquals(List.of(DECIDE_AT_PANEL), request.openTasks());
    request.complete(DECIDE_AT_PANEL, decision("APPROVED", false));
    assertEquals(
        List.of(
            ACKNOWLEDGEMENT,
            "ifr-decision from send-decision-letter",
            "ifr-review-outcome from send-review-outcome-letter",
            "ifr-decision from send-decision-letter"),
        request.casework.letters());
  }

  @Test
  void significantNewClinicalInformationSendsTheRequestBackToScreening() {
    acceptedAndAtPanel();
    request.complete(DECIDE_AT_PANEL, decision("DECLINED", false));

    Date screenAgainBy = date("2027-01-08T17:00:00Z");
    request.tell("IfrReconsiderationRequested", Map.of("screeningDue", screenAgainBy));

    assertEquals(List.of(SCREEN), request.openTasks());
    assertEquals(screenAgainBy, request.openTask(SCREEN).getDueDate());
    assertFalse(request.waitingTimers().contains("review-window-ends"));
  }

  private void acceptedAndAtPanel() {
    request.log();
    request.complete(SCREEN, Map.of("screeningOutcome", "ACCEPTED", "decisionDue", DECISION_DUE));
    assertEquals(List.of(DECIDE_AT_PANEL), request.openTasks());
    assertEquals(DECISION_DUE, request.openTask(DECIDE_AT_PANEL).getDueDate());
  }

  private static Map<String, Object> decision(String outcome, boolean outcomeReport) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("decision", outcome);
    variables.put("reviewBy", REVIEW_BY);
    variables.put("outcomeReportRequired", outcomeReport);
    if (outcomeReport) {
      variables.put("outcomeReportDue", REPORT_DUE);
    }
    return variables;
  }
}
