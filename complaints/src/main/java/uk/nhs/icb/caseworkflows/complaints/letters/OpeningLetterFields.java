package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterDates;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signpost;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.LateComplaintDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;
import uk.nhs.icb.caseworkflows.complaints.domain.RemitDecision;

/**
 * The fields of the first letters a complainant gets: the acknowledgement, the consent form, and
 * the letter saying the complaint cannot go on (outside remit, or too late).
 */
final class OpeningLetterFields {

  private final ComplaintLetterSettings settings;
  private final LetterDates dates;
  private final ComplaintDeadlines deadlines;

  OpeningLetterFields(
      ComplaintLetterSettings settings, LetterDates dates, ComplaintDeadlines deadlines) {
    this.settings = settings;
    this.dates = dates;
    this.deadlines = deadlines;
  }

  Map<String, Object> acknowledgement(Complaint complaint, LetterCircumstances circumstances) {
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("issues", ComplaintFacts.issues(complaint));
    fields.put("responseExpectedBy", responseExpectedBy(complaint));
    if (complaint.representation().isPresent()) {
      // The representative's standing is decided first (reg 5); the consent form follows it.
      fields.put("standingFirst", Map.of("consentOutstanding", circumstances.consentOutstanding()));
    } else if (circumstances.consentOutstanding()) {
      // The consent form follows in the same post: the process sends it straight after.
      fields.put("consentForm", Map.of("returnBy", consentReturnBy()));
    }
    fields.put("advocacy", settings.team().advocacy().fields());
    return fields;
  }

  Map<String, Object> consentForm(Complaint complaint) {
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    // Only a patient who asked someone to act can sign for themselves; a bereaved relative or a
    // child's parent must not be asked to get the patient's signature.
    complaint
        .representation()
        .filter(representation -> representation.standing().needsThePatientsOwnConsent())
        .flatMap(representation -> complaint.affectedPerson())
        .ifPresent(patient -> fields.put("onBehalfOf", patient.name()));
    fields.put("purposes", settings.consentPurposes());
    // The form says plainly who will see the complainant's name and the complaint: nobody outside
    // the ICB when the complaint is about the ICB itself.
    boolean aboutTheIcb = complaint.subject().isTheIcbItself();
    fields.put("aboutTheIcb", aboutTheIcb);
    fields.put(
        "organisations",
        aboutTheIcb ? List.of() : List.of(complaint.subject().organisationOrService()));
    fields.put("returnBy", consentReturnBy());
    return fields;
  }

  /**
   * The complaint could not be shared: the consent it needed was not given, or the complainant
   * declined to be named when it could not be looked into without that. Which one is on the file:
   * only the second has a decision that the complaint cannot be investigated anonymously.
   */
  Map<String, Object> consentDeclined(Complaint complaint) {
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    boolean namingDeclined =
        complaint
            .disclosureLog()
            .anonymity()
            .filter(decision -> Boolean.FALSE.equals(decision.canInvestigateAnonymously()))
            .isPresent();
    fields.put("namingDeclined", namingDeclined);
    fields.put("organisation", Map.of("name", complaint.subject().organisationOrService()));
    complaint.affectedPerson().ifPresent(patient -> fields.put("onBehalfOf", patient.name()));
    fields.put("mayUseAnonymously", settings.mayUseAnonymously());
    fields.put("advocacy", settings.team().advocacy().fields());
    return fields;
  }

  Map<String, Object> outsideRemit(Complaint complaint, LetterCircumstances circumstances) {
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    if (circumstances.late()) {
      LateComplaintDecision decision =
          LetterNotReady.requireOnFile(
              complaint.admissibility().lateDecision().filter(late -> !late.accepts()),
              "Record why this late complaint cannot go ahead before writing to say so.");
      fields.putAll(reasons(null, true));
      fields.put("reason", decision.note());
      complaint
          .admissibility()
          .remit()
          .filter(remit -> !remit.withinRemit())
          .ifPresent(remit -> fields.put("redirect", redirect(remit)));
    } else {
      RemitDecision remit =
          LetterNotReady.requireOnFile(
              complaint.admissibility().remit().filter(decision -> !decision.withinRemit()),
              "Record that the complaint is not for the ICB, and where to go, before writing to"
                  + " say so.");
      fields.putAll(reasons(remit.outsideReason(), false));
      fields.put("reason", OutsideRemitWording.reason(remit.outsideReason()));
      fields.put("redirect", redirect(remit));
    }
    return fields;
  }

  private static Map<String, Object> reasons(OutsideRemitReason reason, boolean late) {
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("withProvider", reason == OutsideRemitReason.ALREADY_WITH_PROVIDER);
    flags.put("withOmbudsman", reason == OutsideRemitReason.WITH_OMBUDSMAN);
    flags.put("notNhs", reason == OutsideRemitReason.NOT_NHS);
    flags.put("chcDecision", reason == OutsideRemitReason.CHC_DECISION);
    flags.put("ifrDecision", reason == OutsideRemitReason.IFR_DECISION);
    flags.put("late", late);
    return flags;
  }

  private static Map<String, Object> redirect(RemitDecision remit) {
    return Signpost.typed(remit.whereToGo())
        .fields(OutsideRemitWording.explanation(remit.outsideReason()));
  }

  /** The agreed date once planned; until then the default period from acknowledgement. */
  private LocalDate responseExpectedBy(Complaint complaint) {
    return complaint
        .timetable()
        .responseDue()
        .orElseGet(
            () -> {
              LocalDate acknowledgedOn =
                  complaint.timetable().acknowledgedAt().map(dates::dayOf).orElseGet(dates::today);
              return deadlines.defaultResponseDue(acknowledgedOn);
            });
  }

  private LocalDate consentReturnBy() {
    return dates.replyBy(settings.periods().consentReturn());
  }
}
