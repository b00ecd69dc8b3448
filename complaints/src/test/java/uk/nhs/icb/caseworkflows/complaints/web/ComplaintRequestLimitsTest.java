package uk.nhs.icb.caseworkflows.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentWithdrawal;
import uk.nhs.icb.caseworkflows.common.consent.web.ConsentWithdrawalRequest;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.web.PatientDetails;
import uk.nhs.icb.caseworkflows.common.party.web.PersonDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.Anonymity;
import uk.nhs.icb.caseworkflows.complaints.domain.ClockStop;
import uk.nhs.icb.caseworkflows.complaints.domain.Closure;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintIssue;
import uk.nhs.icb.caseworkflows.complaints.domain.InvestigationEvidence;
import uk.nhs.icb.caseworkflows.complaints.domain.LateComplaintDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.ProviderResponseRequest;
import uk.nhs.icb.caseworkflows.complaints.domain.RemitDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDateChange;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;
import uk.nhs.icb.caseworkflows.complaints.domain.StandingDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * What the REST API accepts fits where it is kept: a value the validation lets through is never
 * refused by the database at commit. (One was: a 10,000-character account of what happened passed
 * the 20,000 limit and failed on a column of 8,000, as a 500.)
 */
class ComplaintRequestLimitsTest {

  @Test
  void everySizeLimitFitsItsColumn() {
    Map<String, int[]> limits = new LinkedHashMap<>();
    limits.put(
        "complainant name", pair(size(PersonDetails.class, "name"), Columns.ofComplainant("name")));
    limits.put(
        "complainant postcode",
        pair(size(PersonDetails.class, "postcode"), Columns.ofComplainant("postcode")));
    limits.put(
        "complainant telephone",
        pair(size(PersonDetails.class, "telephone"), Columns.ofComplainant("telephone")));
    limits.put(
        "complainant email",
        pair(size(PersonDetails.class, "email"), Columns.ofComplainant("email")));
    limits.put(
        "complainant address",
        pair(ComplaintInput.MAX_ADDRESS, Columns.ofComplainant("addressLines")));
    limits.put(
        "patient name",
        pair(size(PatientDetails.class, "name"), Columns.of(AffectedPerson.class, "name")));
    limits.put(
        "patient postcode",
        pair(size(PatientDetails.class, "postcode"), Columns.of(AffectedPerson.class, "postcode")));
    limits.put(
        "patient address",
        pair(ComplaintInput.MAX_ADDRESS, Columns.of(AffectedPerson.class, "addressLines")));
    limits.put(
        "standing evidence",
        pair(
            size(ComplaintRequests.Standing.class, "evidence"),
            Columns.of(Representation.class, "evidence")));
    limits.put(
        "relationship to a patient who has died",
        pair(
            size(ComplaintRequests.Standing.class, "relationshipDescription"),
            Columns.of(Representation.class, "relationshipDescription")));
    limits.put(
        "standing evidence seen",
        pair(
            size(ComplaintRequests.StandingDecision.class, "evidenceSeen"),
            Columns.of(StandingDecision.class, "evidenceSeen")));
    limits.put(
        "standing reasons",
        pair(
            size(ComplaintRequests.StandingDecision.class, "reasons"),
            Columns.of(StandingDecision.class, "reasons")));
    limits.put(
        "organisation",
        pair(
            size(ComplaintRequests.Subject.class, "organisationOrService"),
            Columns.of(SubjectOfComplaint.class, "organisationOrService")));
    limits.put(
        "people named",
        pair(ComplaintInput.MAX_PEOPLE_NAMED, Columns.of(SubjectOfComplaint.class, "peopleNamed")));
    limits.put(
        "what happened",
        pair(
            size(ComplaintRequests.Details.class, "whatHappened"),
            Columns.of(ComplaintDetails.class, "whatHappened")));
    limits.put(
        "desired outcome",
        pair(
            size(ComplaintRequests.Details.class, "desiredOutcome"),
            Columns.of(ComplaintDetails.class, "desiredOutcome")));
    limits.put(
        "how resolved",
        pair(
            size(ComplaintRequests.ResolvedOrally.class, "howResolved"),
            Columns.of(Closure.class, "oralResolution")));
    limits.put(
        "late note",
        pair(
            size(ComplaintRequests.LateDecision.class, "note"),
            Columns.of(LateComplaintDecision.class, "note")));
    limits.put(
        "where to go",
        pair(
            size(ComplaintRequests.RemitDecision.class, "whereToGo"),
            Columns.of(RemitDecision.class, "whereToGo")));
    limits.put(
        "consent giver",
        pair(
            size(ComplaintRequests.GiveConsent.class, "giverName"),
            Columns.of(ConsentGiver.class, "name")));
    limits.put(
        "giver's standing",
        pair(
            size(ComplaintRequests.GiveConsent.class, "giverStanding"),
            Columns.of(ConsentGiver.class, "standing")));
    limits.put(
        "issue", pair(ComplaintInput.MAX_LINE, Columns.of(ComplaintIssue.class, "description")));
    limits.put(
        "anonymity reason",
        pair(
            size(ComplaintRequests.AnonymityDecision.class, "reason"),
            Columns.of(Anonymity.class, "decisionReason")));
    limits.put(
        "action",
        pair(
            size(ComplaintRequests.Action.class, "description"),
            Columns.of(ResponseAction.class, "description")));
    limits.put(
        "action owner",
        pair(
            size(ComplaintRequests.Action.class, "owner"),
            Columns.of(ResponseAction.class, "owner")));
    limits.put(
        "steps",
        pair(30 * (ComplaintInput.MAX_LINE + 1), Columns.of(ResponseDraft.class, "steps")));
    limits.put(
        "findings", pair(ComplaintInput.MAX_FINDINGS, Columns.of(ResponseDraft.class, "findings")));
    limits.put(
        "summary",
        pair(
            size(ComplaintRequests.DraftResponse.class, "overallSummary"),
            Columns.of(ResponseDraft.class, "overallSummary")));
    limits.put(
        "apology",
        pair(
            size(ComplaintRequests.DraftResponse.class, "apology"),
            Columns.of(ResponseDraft.class, "apology")));
    limits.put(
        "follow-up",
        pair(
            size(ComplaintRequests.DraftResponse.class, "followUp"),
            Columns.of(ResponseDraft.class, "followUp")));
    limits.put(
        "evidence summary",
        pair(
            size(ComplaintRequests.RecordEvidence.class, "summary"),
            Columns.of(InvestigationEvidence.class, "summary")));
    limits.put(
        "evidence source",
        pair(
            size(ComplaintRequests.RecordEvidence.class, "source"),
            Columns.of(InvestigationEvidence.class, "source")));
    limits.put(
        "provider request",
        pair(
            size(ComplaintRequests.ProviderResponseRequest.class, "whatIsAsked"),
            Columns.of(ProviderResponseRequest.class, "whatIsAsked")));
    limits.put(
        "sign-off comments",
        pair(
            size(ComplaintRequests.SignOff.class, "comments"),
            Columns.of(ResponseDraft.class, "returnedComments")));
    limits.put(
        "clock-stop reason",
        pair(
            size(ComplaintRequests.ClockStop.class, "reason"),
            Columns.of(ClockStop.class, "reason")));
    limits.put(
        "response-date reason",
        pair(
            size(ComplaintRequests.ResponseDate.class, "reason"),
            Columns.of(ResponseDateChange.class, "reason")));
    limits.put(
        "consent withdrawal reason",
        pair(
            size(ConsentWithdrawalRequest.class, "reason"),
            Columns.of(ConsentWithdrawal.class, "reason")));

    limits.forEach(
        (what, limit) ->
            assertThat(limit[0])
                .as(what + ": the API takes " + limit[0] + ", the column keeps " + limit[1])
                .isLessThanOrEqualTo(limit[1]));
  }

  @Test
  void addressLinesThatEachFitButTogetherDoNotAreRefusedNamingTheField() {
    List<String> sixLongLines = Collections.nCopies(6, "x".repeat(ComplaintInput.MAX_LINE));
    ComplaintRequests.ReceiveComplaint request =
        new ComplaintRequests.ReceiveComplaint(
            uk.nhs.icb.caseworkflows.complaints.domain.Channel.LETTER,
            null,
            new PersonDetails("Ann Lee", sixLongLines, null, null, null, null),
            null,
            null,
            new ComplaintRequests.Subject("Northvale GP Practice", null, null),
            new ComplaintRequests.Details("x", LocalDate.of(2026, 1, 5), null, null),
            null);

    assertThatThrownBy(() -> ComplaintInput.made(request))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors().get(0).field()).isEqualTo("complainant.addressLines"));
  }

  private static int size(Class<? extends Record> request, String component) {
    try {
      Size size = request.getDeclaredField(component).getAnnotation(Size.class);
      assertThat(size).as(request.getSimpleName() + "." + component + " has a @Size").isNotNull();
      return size.max();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static int[] pair(int accepted, int kept) {
    return new int[] {accepted, kept};
  }
}
