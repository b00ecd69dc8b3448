package uk.nhs.icb.caseworkflows.complaints.web;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDetails;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintMade;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.SubjectOfComplaint;

/**
 * Turns checked requests into the complaint file's own values. A rule a value object enforces (an
 * NHS number's check digit, a patient without a representative's standing) becomes a 400 naming the
 * field, never a 500.
 */
final class ComplaintInput {

  static final int MAX_LINE = 200;
  // What the columns hold once the lines are joined with line breaks (Complaint, AffectedPerson,
  // SubjectOfComplaint, ResponseDraft).
  static final int MAX_ADDRESS = 1000;
  static final int MAX_PEOPLE_NAMED = 2000;
  static final int MAX_FINDINGS = 20000;

  private ComplaintInput() {}

  static ComplaintMade made(ComplaintRequests.ReceiveComplaint request) {
    ComplaintRequests.PersonDetails who = request.complainant();
    checkLines("complainant.addressLines", who.addressLines(), MAX_LINE, MAX_ADDRESS);
    checkLines("subject.peopleNamed", request.subject().peopleNamed(), MAX_LINE, MAX_PEOPLE_NAMED);
    if (request.patient() != null) {
      checkLines("patient.addressLines", request.patient().addressLines(), MAX_LINE, MAX_ADDRESS);
    }
    Party complainant =
        field(
            "complainant",
            () ->
                new Party(
                    who.name(),
                    lines(who.addressLines()),
                    who.postcode(),
                    who.telephone(),
                    who.email()));
    complainant.recordCommunicationNeeds(
        needs("complainant.communicationNeeds", who.communicationNeeds()));
    SubjectOfComplaint subject =
        field(
            "subject",
            () ->
                new SubjectOfComplaint(
                    request.subject().organisationOrService(),
                    lines(request.subject().peopleNamed())));
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
    if (request.patient() == null && request.representation() == null) {
      return ComplaintMade.byThePatient(complainant, subject, details);
    }
    if (request.patient() == null || request.representation() == null) {
      throw new InvalidInputException(
          request.patient() == null ? "patient" : "representation",
          "someone complaining for another person gives both that person and their standing");
    }
    ComplaintRequests.PatientDetails patient = request.patient();
    NhsNumber nhsNumber = field("patient.nhsNumber", () -> NhsNumber.parse(patient.nhsNumber()));
    AffectedPerson affected =
        field(
            "patient",
            () ->
                new AffectedPerson(
                    patient.name(),
                    nhsNumber,
                    patient.dateOfBirth(),
                    lines(patient.addressLines()),
                    patient.postcode()));
    affected.recordCommunicationNeeds(
        needs("patient.communicationNeeds", patient.communicationNeeds()));
    Representation standing =
        field(
            "representation",
            () ->
                new Representation(
                    request.representation().standing(), request.representation().evidence()));
    return ComplaintMade.onBehalfOf(complainant, affected, standing, subject, details);
  }

  static void requireWhereToGo(ComplaintRequests.RemitDecision request) {
    if (!request.withinRemit()
        && (request.reason() == null
            || request.whereToGo() == null
            || request.whereToGo().isBlank())) {
      throw new InvalidInputException(
          request.reason() == null ? "reason" : "whereToGo",
          "a complaint that is not for the ICB needs the reason and where the complainant can go instead");
    }
  }

  static ConsentGiver giver(ComplaintRequests.GiveConsent request) {
    return switch (request.givenAs()) {
      case THE_PERSON -> ConsentGiver.thePerson();
      case REPRESENTATIVE ->
          field(
              "giverName",
              () -> ConsentGiver.representative(request.giverName(), request.giverStanding()));
      case BEST_INTERESTS_DECISION ->
          field(
              "giverName",
              () ->
                  ConsentGiver.bestInterestsDecision(request.giverName(), request.giverStanding()));
    };
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

  static void requireCommentsWhenReturned(ComplaintRequests.SignOff request) {
    if (!request.approved() && (request.comments() == null || request.comments().isBlank())) {
      throw new InvalidInputException("comments", "say what should change when returning a draft");
    }
  }

  private static void checkLines(String field, List<String> lines, int maxLine, int maxJoined) {
    if (lines == null) {
      return;
    }
    int joined = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line == null || line.isBlank() || line.length() > maxLine) {
        throw new InvalidInputException(
            field + "[" + i + "]", "must be text of 1 to " + maxLine + " characters");
      }
      joined += line.strip().length() + (i == 0 ? 0 : 1);
    }
    if (joined > maxJoined) {
      throw new InvalidInputException(
          field, "must come to " + maxJoined + " characters or fewer, line breaks included");
    }
  }

  /** None when not given; an unknown code or too long a note is a 400 naming the field. */
  private static CommunicationNeeds needs(String field, ComplaintRequests.Needs given) {
    if (given == null) {
      return CommunicationNeeds.none();
    }
    return field(field, () -> CommunicationNeeds.fromCodes(lines(given.needs()), given.note()));
  }

  private static List<String> lines(List<String> lines) {
    return lines == null ? List.of() : lines;
  }

  private static <T> T field(String name, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw new InvalidInputException(
          name, refused.getMessage() == null ? "is not valid" : refused.getMessage());
    }
  }
}
