package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.NationalReturnCoding;
import uk.nhs.icb.caseworkflows.complaints.domain.CodingChoice;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintCoding;
import uk.nhs.icb.caseworkflows.complaints.domain.NationalReturnCodes;

/**
 * Codes the complaint as the national return (KO41a) counts it, or corrects its coding: shown with
 * the coding already on file ticked. The patient's age band is not asked when their date of birth
 * gives it.
 */
@ApplicationScoped
class CodingForm extends RecordingForm {

  // The form's fields, named as the JSON fields the use case refuses by.
  static final String SUBJECTS = "subjects";
  static final String SERVICE_AREAS = "serviceAreas";
  static final String PROFESSIONS = "professions";
  static final String STATUS = "complainantStatus";
  static final String AGE_BAND = "patientAgeBand";

  @Inject NationalReturnCoding coding;

  CodingForm() {
    super("coding", "Code for the national return", SUBJECTS);
  }

  /** The first subject's box: the ICB sets the list, so it is known only once the lists are. */
  @Override
  public String firstField() {
    return firstOf(SUBJECTS, coding.codes().list(NationalReturnCodes.SUBJECT));
  }

  @Override
  public Map<String, Object> model(ComplaintFile file, FormValues typed) {
    NationalReturnCodes codes = coding.codes();
    Complaint complaint = file.complaint();
    FormValues shown =
        typed.typed(STATUS).isEmpty() && typed.errors().isEmpty()
            ? onFile(complaint.coding(), typed)
            : typed;
    FormModel form =
        new FormModel(shown)
            .intro(
                "The national written-complaints return (KO41a) and the ICB's reports count the"
                    + " complaint by these codes. Tick every subject, service area and staff"
                    + " group the complaint is about.")
            .fact("What happened", complaint.details().whatHappened())
            .fact("Complaint about", complaint.subject().organisationOrService())
            .checkboxes(SUBJECTS, "Subjects", null, options(codes, NationalReturnCodes.SUBJECT))
            .checkboxes(
                SERVICE_AREAS,
                "Service areas",
                null,
                options(codes, NationalReturnCodes.SERVICE_AREA))
            .checkboxes(
                PROFESSIONS,
                "Staff groups concerned",
                "Leave all unticked if the complaint is not about any member of staff.",
                options(codes, NationalReturnCodes.PROFESSION))
            // The seed's codes: a list the ICB renamed is simply not preselected.
            .radios(
                STATUS,
                "Who made the complaint?",
                null,
                options(codes, NationalReturnCodes.COMPLAINANT_STATUS),
                complaint.affectedPerson().isPresent() ? "ON_BEHALF_OF_PATIENT" : "PATIENT");
    Optional<String> fromBirth = complaint.ageBandFromBirthDate(codes);
    if (fromBirth.isPresent()) {
      form.fact(
          "Patient's age band",
          codes.list(NationalReturnCodes.PATIENT_AGE_BAND).labelOf(fromBirth.get())
              + " (from their date of birth)");
    } else {
      form.radios(
          AGE_BAND,
          "Patient's age when the complaint was received",
          "The file has no date of birth for the patient.",
          options(codes, NationalReturnCodes.PATIENT_AGE_BAND));
    }
    return form.submit("Save the coding", false).toMap();
  }

  @Override
  public String submit(String complaintId, FormValues typed) {
    NationalReturnCodes codes = coding.codes();
    List<String> subjects = typed.ticked(SUBJECTS, options(codes, NationalReturnCodes.SUBJECT));
    List<String> areas =
        typed.ticked(SERVICE_AREAS, options(codes, NationalReturnCodes.SERVICE_AREA));
    List<String> professions =
        typed.ticked(PROFESSIONS, options(codes, NationalReturnCodes.PROFESSION));
    if (subjects.isEmpty()) {
      typed
          .errors()
          .add(
              firstOf(SUBJECTS, codes.list(NationalReturnCodes.SUBJECT)),
              "Select at least one subject");
    }
    if (areas.isEmpty()) {
      typed
          .errors()
          .add(
              firstOf(SERVICE_AREAS, codes.list(NationalReturnCodes.SERVICE_AREA)),
              "Select at least one service area");
    }
    String status = chosen(typed, STATUS);
    if (status == null) {
      typed
          .errors()
          .add(
              firstOf(STATUS, codes.list(NationalReturnCodes.COMPLAINANT_STATUS)),
              "Select who made the complaint");
    }
    String band = chosen(typed, AGE_BAND);
    CodingChoice choice = new CodingChoice(subjects, areas, professions, status, band);
    return CasePages.attempt(
        firstField(),
        typed,
        () -> {
          coding.code(complaintId, choice);
          return "The complaint was coded for the national return.";
        },
        refused -> placed(refused, codes));
  }

  /** A refused code is reported beside the first box or button of its question. */
  private FormErrors.FieldProblem placed(FieldError refused, NationalReturnCodes codes) {
    String list =
        switch (refused.field()) {
          case SERVICE_AREAS -> NationalReturnCodes.SERVICE_AREA;
          case PROFESSIONS -> NationalReturnCodes.PROFESSION;
          case STATUS -> NationalReturnCodes.COMPLAINANT_STATUS;
          case AGE_BAND -> NationalReturnCodes.PATIENT_AGE_BAND;
          default -> NationalReturnCodes.SUBJECT;
        };
    return new FormErrors.FieldProblem(
        firstOf(refused.field(), codes.list(list)), PageText.sentence(refused.reason()));
  }

  private static String chosen(FormValues typed, String name) {
    String value = typed.typed(name).strip();
    return value.isEmpty() ? null : value;
  }

  private static String firstOf(String field, CodeList list) {
    return field + "-" + list.codes().get(0).code();
  }

  private static List<Fields.Option> options(NationalReturnCodes codes, String list) {
    return codes.list(list).codes().stream()
        .map(code -> Fields.Option.of(code.code(), code.label()))
        .toList();
  }

  /** The coding on file, as if typed, so a correction starts from it. */
  private static FormValues onFile(ComplaintCoding coded, FormValues typed) {
    if (!coded.isCoded()) {
      return typed;
    }
    Map<String, String> answers = new LinkedHashMap<>();
    coded.subjects().forEach(code -> answers.put(SUBJECTS + "-" + code, code));
    coded.serviceAreas().forEach(code -> answers.put(SERVICE_AREAS + "-" + code, code));
    coded.professions().forEach(code -> answers.put(PROFESSIONS + "-" + code, code));
    answers.put(STATUS, coded.complainantStatus());
    if (!coded.ageBandFromBirthDate()) {
      answers.put(AGE_BAND, coded.patientAgeBand());
    }
    return FormValues.of(answers, ComplaintPages.LIMITS);
  }
}
