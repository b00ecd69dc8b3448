package uk.nhs.icb.caseworkflows.ifr.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.nhs.icb.caseworkflows.ifr.domain.IfrExamples.DEADLINES;
import static uk.nhs.icb.caseworkflows.ifr.domain.IfrExamples.MONDAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;

class FundingRequestTest {

  @Test
  void aRequestWithoutConsentEvidenceIsRefusedOnThatField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                FundingRequest.log(
                    new CaseReference("IFR", 2026, 2),
                    IfrExamples.patient(),
                    IfrExamples.clinician(),
                    IfrExamples.treatment(false),
                    "  ",
                    MONDAY,
                    "coordinator",
                    DEADLINES));
    assertEquals("consentEvidence", refused.errors().get(0).field());
  }

  @Test
  void aReturnedRequestKeepsOnlyWhatItsLetterNeeds() {
    FundingRequest returned =
        FundingRequest.returnedForConsent(
            new CaseReference("IFR", 2026, 3),
            IfrExamples.patient(),
            IfrExamples.clinician(),
            "BIOLOGIC_OFF_LABEL",
            MONDAY,
            "coordinator");

    assertEquals(IfrStatus.RETURNED, returned.status());
    assertTrue(returned.isClosed());
    assertEquals("Eleanor Whitcombe", returned.patient().name());
    assertNull(returned.patient().dateOfBirth());
    assertEquals(List.of(), returned.patient().addressLines());
    assertNull(returned.treatment().condition());
    assertNull(returned.treatment().whyExceptional());
    assertNull(returned.treatment().estimatedCost());
    assertTrue(returned.consentEvidence().isEmpty());
    assertEquals(MONDAY, returned.retentionStartsOn().orElseThrow());
  }

  @Test
  void screeningIsDueFiveWorkingDaysAfterReceiptAndAnUrgentDecisionTwo() {
    assertEquals(LocalDate.of(2026, 11, 30), IfrExamples.logged(false).screening().due());
    FundingRequest urgent = IfrExamples.logged(true);
    assertEquals(IfrStatus.AWAITING_CHAIRS_ACTION, urgent.status());
    assertEquals(LocalDate.of(2026, 11, 25), urgent.decisionDue().orElseThrow());
  }

  @Test
  void theScreeningClockStopsWhileWaitingAndGivesTheDaysBack() {
    FundingRequest request = IfrExamples.logged(false);
    request.requestInformation("The trial results are missing", LocalDate.of(2026, 11, 25));
    assertTrue(request.screening().isPaused());
    assertEquals(IfrStatus.AWAITING_INFORMATION, request.status());

    LocalDate resumed = request.informationReceived(LocalDate.of(2026, 12, 2), DEADLINES);

    // Paused Wednesday 25th, reply Wednesday 2nd: five working days stood still.
    assertEquals(LocalDate.of(2026, 12, 7), resumed);
    assertFalse(request.screening().isPaused());
    assertEquals(1, request.screening().informationRequests());
  }

  @Test
  void acceptanceStartsTheFortyWorkingDayClock() {
    FundingRequest request = IfrExamples.logged(false);
    request.screen(ScreeningOutcome.ACCEPTED, "Complete and an IFR", MONDAY, DEADLINES);

    assertEquals(IfrStatus.AWAITING_PANEL, request.status());
    assertEquals(MONDAY, request.completeOn().orElseThrow());
    // 40 working days from 23 November 2026 over Christmas and New Year's bank holidays.
    assertEquals(LocalDate.of(2027, 1, 21), request.decisionDue().orElseThrow());
  }

  @Test
  void screenedOutRequestsClose() {
    FundingRequest request = IfrExamples.logged(false);
    request.screen(ScreeningOutcome.NHS_ENGLAND, "Specialised service", MONDAY, DEADLINES);
    assertEquals(IfrStatus.SCREENED_OUT, request.status());
    assertTrue(request.isClosed());
  }

  @Test
  void aDecisionNeedsAnAnswerAndReasonsForEachCriterion() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> ExceptionalityAnswers.of(true, "", null, "Expected response"));
    assertEquals(
        List.of("criteria.significantlyDifferentReasons", "criteria.moreBenefit"),
        refused.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void anApprovalNeedsBothCriteriaMetAndAFundingPeriod() {
    ExceptionalityAnswers oneMet = ExceptionalityAnswers.of(true, "Rare", false, "Usual benefit");
    InvalidInputException notExceptional =
        assertThrows(
            InvalidInputException.class,
            () ->
                PanelDecision.of(
                    DecisionOutcome.APPROVED,
                    oneMet,
                    "Reasons",
                    null,
                    MONDAY,
                    MONDAY.plusYears(1),
                    null));
    assertEquals("outcome", notExceptional.errors().get(0).field());

    InvalidInputException noPeriod =
        assertThrows(
            InvalidInputException.class,
            () ->
                PanelDecision.of(
                    DecisionOutcome.APPROVED,
                    IfrExamples.bothMet(),
                    "Reasons",
                    null,
                    null,
                    null,
                    null));
    assertEquals("fundingUntil", noPeriod.errors().get(0).field());
  }

  @Test
  void aReviewMustBeAskedWithinItsDaysAndOnAGround() {
    FundingRequest request = decidedOn(MONDAY);
    assertThrows(
        IfrRuleException.class,
        () ->
            request.requestReview(
                ReviewGround.PROCEDURE_NOT_FOLLOWED, "Late", MONDAY.plusDays(29), DEADLINES));
    InvalidInputException wrongGround =
        assertThrows(
            InvalidInputException.class, () -> ReviewGround.parse("CLINICAL_MERITS", "ground"));
    assertEquals("ground", wrongGround.errors().get(0).field());

    request.requestReview(
        ReviewGround.EVIDENCE_NOT_CONSIDERED,
        "The scan was not read",
        MONDAY.plusDays(28),
        DEADLINES);
    assertEquals(IfrStatus.UNDER_REVIEW, request.status());
    assertEquals(MONDAY.plusDays(56), request.review().orElseThrow().due());
  }

  @Test
  void aReviewReferredBackGoesToANewPanelAndAReconsiderationToScreening() {
    FundingRequest referred = decidedOn(MONDAY);
    referred.requestReview(
        ReviewGround.UNREASONABLE_DECISION, "Why", MONDAY.plusDays(3), DEADLINES);
    referred.decideReview(ReviewOutcome.REFERRED_BACK, "Not reasonable", MONDAY.plusDays(10));
    assertEquals(IfrStatus.AWAITING_PANEL, referred.status());

    FundingRequest reconsidered = decidedOn(MONDAY);
    reconsidered.reconsider("New MRI shows a change", MONDAY.plusDays(7), DEADLINES);
    assertEquals(IfrStatus.SCREENING, reconsidered.status());
    assertEquals(1, reconsidered.reconsiderations());
    assertEquals(
        "New MRI shows a change",
        reconsidered.newInformation().get(0).information(),
        "the new information is kept for the screener and the panel");
    assertEquals(MONDAY.plusDays(7), reconsidered.newInformation().get(0).receivedOn());
  }

  @Test
  void theChairsActionAwaitsNotingAtTheNextPanel() {
    FundingRequest urgent = IfrExamples.logged(true);
    urgent.decideByChairsAction(
        PanelDecision.of(
            DecisionOutcome.DECLINED,
            IfrExamples.bothMet(),
            "Not urgent enough",
            null,
            null,
            null,
            null),
        MONDAY);
    assertTrue(urgent.decision().orElseThrow().awaitsNoting());
    urgent.notedAt("meeting-1");
    assertFalse(urgent.decision().orElseThrow().awaitsNoting());
  }

  private static FundingRequest decidedOn(LocalDate day) {
    FundingRequest request = IfrExamples.logged(false);
    request.screen(ScreeningOutcome.ACCEPTED, "Complete", day, DEADLINES);
    request.decideAtPanel(
        PanelDecision.of(
            DecisionOutcome.DECLINED,
            IfrExamples.bothMet(),
            "Not exceptional",
            null,
            null,
            null,
            null),
        "meeting-1",
        day);
    return request;
  }
}
