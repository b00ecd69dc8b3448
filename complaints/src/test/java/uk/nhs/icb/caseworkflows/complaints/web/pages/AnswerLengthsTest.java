package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.complaints.domain.Anonymity;
import uk.nhs.icb.caseworkflows.complaints.domain.ClockStop;
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
import uk.nhs.icb.caseworkflows.complaints.web.Columns;

/**
 * A form takes no longer answer than the database keeps: one character more is a message beside the
 * field, never a failure at commit. The limits are checked against the columns themselves.
 */
class AnswerLengthsTest {

  @Test
  void anAnswerLongerThanItsFieldTakesGetsAMessageBesideTheField() {
    FormValues typed =
        FormValues.of(
            Map.of(
                "complainantPostcode",
                "LU1 2LJ LU1",
                "patientPostcode",
                "LU1 2LJ",
                "action-2-owner",
                "x".repeat(301),
                "overallSummary",
                "y".repeat(FormValues.MAX_TEXT)),
            ComplaintPages.LIMITS);

    assertThat(typed.text("complainantPostcode", null)).isNull();
    assertThat(typed.text("patientPostcode", null)).isEqualTo("LU1 2LJ");
    assertThat(typed.text("action-2-owner", null)).isNull();
    assertThat(typed.text("overallSummary", null)).hasSize(FormValues.MAX_TEXT);

    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple("complainantPostcode", "Must be 10 characters or fewer"),
            tuple("action-2-owner", "Must be 300 characters or fewer"));
  }

  @Test
  void everyLimitFitsTheColumnThatKeepsTheAnswer() {
    Map<String, Integer> columns = new LinkedHashMap<>();
    columns.put("complainantName", override("name"));
    columns.put("complainantAddress", override("addressLines"));
    columns.put("complainantPostcode", override("postcode"));
    columns.put("complainantTelephone", override("telephone"));
    columns.put("complainantEmail", override("email"));
    columns.put("patientName", column(AffectedPerson.class, "name"));
    columns.put("patientAddress", column(AffectedPerson.class, "addressLines"));
    columns.put("patientPostcode", column(AffectedPerson.class, "postcode"));
    columns.put("standingEvidence", column(Representation.class, "evidence"));
    columns.put(
        "standingRelationshipDescription", column(Representation.class, "relationshipDescription"));
    columns.put("evidenceSeen", column(StandingDecision.class, "evidenceSeen"));
    columns.put("standingReasons", column(StandingDecision.class, "reasons"));
    columns.put("subject", column(SubjectOfComplaint.class, "organisationOrService"));
    columns.put("peopleNamed", column(SubjectOfComplaint.class, "peopleNamed"));
    columns.put("whatHappened", column(ComplaintDetails.class, "whatHappened"));
    columns.put("desiredOutcome", column(ComplaintDetails.class, "desiredOutcome"));
    columns.put("note", column(LateComplaintDecision.class, "note"));
    columns.put("whereToGo", column(RemitDecision.class, "whereToGo"));
    columns.put("giverName", column(ConsentGiver.class, "name"));
    columns.put("giverStanding", column(ConsentGiver.class, "standing"));
    columns.put("issues", column(ComplaintIssue.class, "description"));
    columns.put(
        "reason",
        Math.min(
            column(ClockStop.class, "reason"),
            Math.min(
                column(ResponseDateChange.class, "reason"),
                column(Anonymity.class, "decisionReason"))));
    columns.put("summary", column(InvestigationEvidence.class, "summary"));
    columns.put("source", column(InvestigationEvidence.class, "source"));
    columns.put("whatIsAsked", column(ProviderResponseRequest.class, "whatIsAsked"));
    columns.put("steps", column(ResponseDraft.class, "steps"));
    columns.put("findings", column(ResponseDraft.class, "findings"));
    columns.put("overallSummary", column(ResponseDraft.class, "overallSummary"));
    columns.put("apology", column(ResponseDraft.class, "apology"));
    columns.put("followUp", column(ResponseDraft.class, "followUp"));
    columns.put("comments", column(ResponseDraft.class, "returnedComments"));
    columns.put("action-1-description", column(ResponseAction.class, "description"));
    columns.put("action-3-owner", column(ResponseAction.class, "owner"));

    columns.forEach(
        (field, column) ->
            assertThat(ComplaintPages.LIMITS.of(field))
                .as(field + " is kept in a column of " + column + " characters")
                .isLessThanOrEqualTo(column));
  }

  private static int column(Class<?> type, String field) {
    return Columns.of(type, field);
  }

  private static int override(String attribute) {
    return Columns.ofComplainant(attribute);
  }
}
