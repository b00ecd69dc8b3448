package uk.nhs.icb.caseworkflows.complaints.web;

import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.checkLines;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.field;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.lines;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.require;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.party.web.PersonDetails;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeRelationship;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * Turns checked requests into the complaint file's own values. A rule a value object enforces (an
 * NHS number's check digit, a patient without a representative's standing) becomes a 400 naming the
 * field, never a 500.
 */
final class ComplaintInput {

  static final int MAX_LINE = PersonDetails.MAX_LINE;
  // What the columns hold once the lines are joined with line breaks (Party, AffectedPerson,
  // SubjectOfComplaint, ResponseDraft).
  static final int MAX_ADDRESS = PersonDetails.MAX_ADDRESS;
  static final int MAX_PEOPLE_NAMED = 2000;
  static final int MAX_FINDINGS = 20000;

  private ComplaintInput() {}

  static ComplaintMade made(ComplaintRequests.ReceiveComplaint request) {
    Party complainant = request.complainant().toParty("complainant");
    ComplaintRequests.Subject about = request.subject();
    checkLines("subject.peopleNamed", about.peopleNamed(), MAX_LINE, MAX_PEOPLE_NAMED);
    AffectedPerson affected =
        request.patient() == null ? null : request.patient().toAffectedPerson("patient");
    SubjectOfComplaint subject =
        field(
            "subject",
            () ->
                new SubjectOfComplaint(
                    about.organisationOrService(),
                    lines(about.peopleNamed()),
                    Boolean.TRUE.equals(about.aboutTheIcb())));
    ComplaintRequests.Details what = request.details();
    ComplaintDetails details =
        field(
            "details",
            () ->
                new ComplaintDetails(
                    what.whatHappened(),
                    what.happenedOn(),
                    what.cameToNoticeOn(),
                    what.desiredOutcome()));
    if (affected == null && request.representation() == null) {
      return ComplaintMade.byThePatient(complainant, subject, details);
    }
    require(
        affected != null && request.representation() != null,
        affected == null ? "patient" : "representation",
        "someone complaining for another person gives both that person and their standing");
    ComplaintRequests.Standing standing = request.representation();
    boolean diedPatient = standing.standing().needsRelationship();
    require(
        diedPatient == (standing.relationship() != null),
        "representation.relationship",
        diedPatient
            ? "someone complaining for a patient who has died says who they are to the patient"
            : "a relationship is recorded only for a patient who has died");
    require(
        standing.relationship() != RepresentativeRelationship.OTHER
            || (standing.relationshipDescription() != null
                && !standing.relationshipDescription().isBlank()),
        "representation.relationshipDescription",
        "say who the representative is to the patient");
    Representation representation =
        field(
            "representation",
            () ->
                new Representation(
                    standing.standing(),
                    standing.evidence(),
                    standing.relationship(),
                    standing.relationshipDescription()));
    return ComplaintMade.onBehalfOf(complainant, affected, representation, subject, details);
  }

  static void requireWhereToGo(ComplaintRequests.RemitDecision request) {
    require(
        request.withinRemit()
            || (request.reason() != null
                && request.whereToGo() != null
                && !request.whereToGo().isBlank()),
        request.reason() == null ? "reason" : "whereToGo",
        "a complaint that is not for the ICB needs the reason and where the complainant can go instead");
  }

  static void requireReasonsWhenRefused(ComplaintRequests.StandingDecision request) {
    require(
        request.accepted() || (request.reasons() != null && !request.reasons().isBlank()),
        "reasons",
        "refusing a representative's standing needs the reasons; the letter to them quotes them");
  }

  static ComplaintPlan plan(ComplaintRequests.Plan request) {
    checkLines("issues", request.issues(), MAX_LINE, Integer.MAX_VALUE);
    return field(
        "issues",
        () ->
            new ComplaintPlan(
                request.issues(), request.investigatedBy(), request.agreedResponseDate()));
  }

  static ComplaintResponse.Draft draft(ComplaintRequests.DraftResponse request) {
    checkLines("steps", request.steps(), MAX_LINE, Integer.MAX_VALUE);
    // A finding is a paragraph, not a line: only what they come to together is limited.
    checkLines("findings", request.findings(), MAX_FINDINGS, MAX_FINDINGS);
    List<ResponseAction> actions =
        request.actions() == null
            ? List.of()
            : request.actions().stream()
                .map(
                    action ->
                        field(
                            "actions",
                            () ->
                                new ResponseAction(
                                    action.description(), action.owner(), action.dueBy())))
                .toList();
    return new ComplaintResponse.Draft(
        request.outcomes(),
        request.steps(),
        request.findings(),
        request.overallSummary(),
        request.apology(),
        actions,
        request.satisfied(),
        request.followUp());
  }
}
