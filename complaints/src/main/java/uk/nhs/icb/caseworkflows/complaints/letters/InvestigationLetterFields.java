package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterDates;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.complaints.domain.Anonymity;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.Disclosure;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;

/**
 * The fields of the letters sent while a complaint is looked into: the notice to the organisation
 * complained about, the request to share an anonymous complainant's name, and the six-month holding
 * letter.
 */
final class InvestigationLetterFields {

  // As the complaint's own consent rules name the complainant (ComplaintConsents).
  private static final String COMPLAINANT_ROLE = "complainant";

  private final ComplaintLetterSettings settings;
  private final LetterDates dates;
  private final ComplaintDeadlines deadlines;

  InvestigationLetterFields(
      ComplaintLetterSettings settings, LetterDates dates, ComplaintDeadlines deadlines) {
    this.settings = settings;
    this.dates = dates;
    this.deadlines = deadlines;
  }

  /**
   * Addressed to the organisation (the letter greets it, not the complainant), so it names the
   * complainant only with their consent.
   */
  Map<String, Object> disclosureNotice(
      Complaint complaint, LetterCircumstances circumstances, Instant now) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("service", Map.of("name", complaint.subject().organisationOrService()));
    fields.put("complaint", ComplaintFacts.receipt(complaint));
    fields.put("issues", ComplaintFacts.issues(complaint));
    fields.put("anonymous", circumstances.anonymous());
    if (!circumstances.anonymous()) {
      fields.put("complainant", Map.of("name", complaint.complainant().name()));
      complaint.affectedPerson().ifPresent(patient -> fields.put("onBehalfOf", patient.name()));
      fields.put("consent", Map.of("givenOn", consentToBeNamed(complaint, circumstances, now)));
    }
    fields.put("requests", settings.providerRequests());
    fields.put(
        "responseDueBy",
        circumstances
            .providerResponseDueDate()
            .orElseGet(() -> dates.replyBy(settings.periods().providerResponse())));
    return fields;
  }

  Map<String, Object> identityNeeded(Complaint complaint) {
    Anonymity anonymity =
        LetterNotReady.requireOnFile(
            complaint
                .disclosureLog()
                .anonymity()
                .filter(decision -> Boolean.FALSE.equals(decision.canInvestigateAnonymously())),
            "Record why the complaint cannot be looked into without naming the complainant"
                + " before asking them to agree to it.");
    String organisation = complaint.subject().organisationOrService();
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("organisation", Map.of("name", organisation));
    fields.put("reason", anonymity.decisionReason());
    fields.put("sharedDetails", sharedWhenNamed(complaint, organisation));
    fields.put("mayUseAnonymously", settings.mayUseAnonymously());
    fields.put("replyBy", dates.replyBy(settings.periods().identityReply()));
    return fields;
  }

  /**
   * The delay is explained in the ICB's own configured words: the file's reasons for stopping the
   * clock are staff notes, not written for the complainant.
   */
  Map<String, Object> holdingLetter(Complaint complaint) {
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    LocalDate sixMonthsAfterReceipt = deadlines.sixMonthDate(complaint.receipt().receivedOn());
    if (complaint.timetable().sixMonthDate().isAfter(sixMonthsAfterReceipt)) {
      fields.put("agreedPeriod", Map.of("respondBy", complaint.timetable().sixMonthDate()));
    }
    fields.put("sixMonthsEnd", complaint.timetable().sixMonthDate());
    fields.put("delayReason", settings.delayReason());
    fields.put("progress", progress(complaint));
    LocalDate today = dates.today();
    fields.put(
        "newResponseBy",
        complaint
            .timetable()
            .responseDue()
            .filter(due -> due.isAfter(today))
            .orElseGet(() -> dates.replyBy(settings.periods().holdingNewResponse())));
    return fields;
  }

  private LocalDate consentToBeNamed(
      Complaint complaint, LetterCircumstances circumstances, Instant now) {
    ConsentSubject complainant =
        ConsentSubject.of(complaint.complainant().name(), COMPLAINANT_ROLE);
    return circumstances
        .consents()
        .forCase(Complaint.CASE_TYPE, complaint.id())
        .consentFor(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, complainant, now)
        .map(ConsentRecord::givenAt)
        .map(dates::dayOf)
        .orElseThrow(
            () ->
                new LetterNotReady(
                    complaint.complainant().name()
                        + " has not consented to being named to "
                        + complaint.subject().organisationOrService()
                        + ". Record their consent, or send the notice without naming them."));
  }

  private static List<String> sharedWhenNamed(Complaint complaint, String organisation) {
    List<String> shared = new ArrayList<>();
    shared.add("your name, so that " + organisation + " knows who made the complaint");
    complaint
        .affectedPerson()
        .ifPresent(
            patient ->
                shared.add(
                    "the details of "
                        + patient.name()
                        + " that "
                        + organisation
                        + " needs to find the right records"));
    shared.add("your complaint, as you made it to us");
    return shared;
  }

  /** What the file shows has been done, in the order it was done. */
  private List<String> progress(Complaint complaint) {
    List<String> done = new ArrayList<>();
    complaint
        .timetable()
        .acknowledgedAt()
        .ifPresent(at -> done.add("We acknowledged your complaint on " + dates.inWords(at)));
    complaint
        .plan()
        .plannedAt()
        .ifPresent(
            at -> done.add("We agreed the issues we would look into on " + dates.inWords(at)));
    if (complaint.plan().investigatedBy().orElse(null) == Investigator.PROVIDER) {
      done.add(
          "We asked "
              + complaint.subject().organisationOrService()
              + " to look into your complaint and report back to us");
    }
    for (Disclosure disclosure : complaint.disclosureLog().disclosures()) {
      done.add(
          "We shared information about your complaint with "
              + disclosure.recipient()
              + " on "
              + dates.inWords(disclosure.disclosedAt()));
    }
    if (complaint.outcome().recordedAt().isPresent()) {
      done.add("We have reached our findings and are preparing our response to you");
    }
    return done;
  }
}
