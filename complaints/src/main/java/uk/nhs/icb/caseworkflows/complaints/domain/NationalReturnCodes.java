package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.nhs.icb.caseworkflows.common.coding.domain.Code;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeLists;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * The five lists the national written-complaints return (KO41a) counts a complaint by, as this ICB
 * has them: subject, service area, profession, complainant status and patient age band. It checks a
 * handler's choice against them and works out the age band from a date of birth.
 */
public final class NationalReturnCodes {

  public static final String SUBJECT = "subject";
  public static final String SERVICE_AREA = "service-area";
  public static final String PROFESSION = "profession";
  public static final String COMPLAINANT_STATUS = "complainant-status";
  public static final String PATIENT_AGE_BAND = "patient-age-band";

  private final CodeLists lists;

  public NationalReturnCodes(CodeLists lists) {
    this.lists = lists;
    for (String name :
        List.of(SUBJECT, SERVICE_AREA, PROFESSION, COMPLAINANT_STATUS, PATIENT_AGE_BAND)) {
      lists.list(name);
    }
  }

  public CodeList list(String name) {
    return lists.list(name);
  }

  public CodeLists all() {
    return lists;
  }

  /** The band holding the patient's age on the day the complaint was received, if one does. */
  public Optional<String> ageBandOf(LocalDate dateOfBirth, LocalDate receivedOn) {
    OptionalInt age = AgeBand.ageOn(dateOfBirth, receivedOn);
    if (age.isEmpty()) {
      return Optional.empty();
    }
    return lists.list(PATIENT_AGE_BAND).codes().stream()
        .map(AgeBand::of)
        .flatMap(Optional::stream)
        .filter(band -> band.holds(age.getAsInt()))
        .map(AgeBand::code)
        .findFirst();
  }

  /**
   * The choice with every code checked and each given once; the age band is the one the date of
   * birth gives when there is one, and a different band chosen is refused. Every refusal is
   * reported at once, on the JSON field it concerns.
   */
  CodingChoice checked(CodingChoice chosen, Optional<String> bandFromBirth) {
    List<FieldError> errors = new ArrayList<>();
    List<String> subjects = codes(SUBJECT, chosen.subjects(), "subjects", errors);
    if (chosen.subjects().isEmpty()) {
      errors.add(new FieldError("subjects", "Choose at least one subject"));
    }
    List<String> serviceAreas = codes(SERVICE_AREA, chosen.serviceAreas(), "serviceAreas", errors);
    if (chosen.serviceAreas().isEmpty()) {
      errors.add(new FieldError("serviceAreas", "Choose at least one service area"));
    }
    List<String> professions = codes(PROFESSION, chosen.professions(), "professions", errors);
    Code status =
        lists
            .list(COMPLAINANT_STATUS)
            .check(chosen.complainantStatus(), "complainantStatus", errors);
    String band = bandFromBirth.orElse(null);
    if (band == null) {
      Code chosenBand =
          lists.list(PATIENT_AGE_BAND).check(chosen.patientAgeBand(), "patientAgeBand", errors);
      band = chosenBand == null ? null : chosenBand.code();
    } else if (chosen.patientAgeBand() != null && !chosen.patientAgeBand().equals(band)) {
      errors.add(
          new FieldError(
              "patientAgeBand",
              "The patient's date of birth puts them in the band "
                  + lists.list(PATIENT_AGE_BAND).labelOf(band)
                  + "; leave the age band out"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CodingChoice(subjects, serviceAreas, professions, status.code(), band);
  }

  private List<String> codes(
      String list, List<String> chosen, String field, List<FieldError> errors) {
    return lists.list(list).checkAll(chosen, field, errors).stream().map(Code::code).toList();
  }
}
