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
    if (circumstances.consentOutstanding()) {
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
    fields.put("organisations", List.of(complaint.subject().organisationOrService()));
    fields.put("returnBy", consentReturnBy());
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
