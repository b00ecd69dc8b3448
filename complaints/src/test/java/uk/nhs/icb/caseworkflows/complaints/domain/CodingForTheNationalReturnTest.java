package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCodeSettings;

/**
 * Issue 13 point 7: each complaint is coded as the national written-complaints return (KO41a)
 * counts it, from lists seeded with the national ones and set by the ICB.
 */
class CodingForTheNationalReturnTest {

  private static final NationalReturnCodes SEEDED = codes(Map.of());
  private static final Instant CODED_AT = london("2026-03-05T10:00");

  private static NationalReturnCodes codes(Map<String, String> settings) {
    return ComplaintCodeSettings.read(CodeListReader.of(settings, "app.complaints.codes."));
  }

  private static CodingChoice choice(List<String> subjects, String ageBand) {
    return new CodingChoice(subjects, List.of("MENTAL_HEALTH"), List.of(), "PATIENT", ageBand);
  }

  /** Jane complains for her father, born on that day; received Monday 2 March 2026. */
  private static Complaint forPatientBorn(LocalDate born) {
    return ComplaintFiles.receivedAt(
        "2026-03-02T10:00",
        ComplaintMade.onBehalfOf(
            ComplaintFiles.jane(),
            new AffectedPerson("Arthur Smith", null, born, List.of("2 Low Road"), "AB1 3EF"),
            new Representation(RepresentativeStanding.PATIENT_REQUEST, "His letter"),
            new SubjectOfComplaint("Riverside Hospital", List.of()),
            ComplaintFiles.happenedOn(LocalDate.of(2026, 2, 1))));
  }

  private static List<FieldError> refusals(Runnable coding) {
    try {
      coding.run();
    } catch (InvalidInputException refused) {
      return refused.errors();
    }
    throw new AssertionError("the coding was accepted");
  }

  @Test
  void theSeedShipsTheFiveNationalListsWithAnAgeUnknownBand() {
    assertThat(SEEDED.all().all())
        .extracting(list -> list.name())
        .containsExactly(
            "subject", "service-area", "profession", "complainant-status", "patient-age-band");
    assertThat(SEEDED.list(NationalReturnCodes.SUBJECT).labelOf("COMMUNICATIONS"))
        .isEqualTo("Communications");
    assertThat(SEEDED.list(NationalReturnCodes.PATIENT_AGE_BAND).find("UNKNOWN")).isPresent();
  }

  @Test
  void aComplaintAboutSeveralThingsIsCodedWithEachSubjectOnce() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    complaint.code(
        new CodingChoice(
            List.of("COMMUNICATIONS", "VALUES_AND_BEHAVIOURS", "COMMUNICATIONS", "OTHER"),
            List.of("MENTAL_HEALTH"),
            List.of("SCIENTIFIC_THERAPEUTIC_TECHNICAL"),
            "PATIENT",
            "18-64"),
        SEEDED,
        CODED_AT,
        HANDLER,
        false);

    ComplaintCoding coding = complaint.coding();
    assertThat(coding.isCoded()).isTrue();
    assertThat(coding.subjects())
        .containsExactly("COMMUNICATIONS", "VALUES_AND_BEHAVIOURS", "OTHER");
    assertThat(coding.serviceAreas()).containsExactly("MENTAL_HEALTH");
    assertThat(coding.professions()).containsExactly("SCIENTIFIC_THERAPEUTIC_TECHNICAL");
    assertThat(coding.patientAgeBand()).isEqualTo("18-64");
    assertThat(coding.ageBandFromBirthDate()).isFalse();
    assertThat(coding.codedBy()).isEqualTo(HANDLER);
    assertThat(coding.summary())
        .isEqualTo(
            "subjects COMMUNICATIONS,VALUES_AND_BEHAVIOURS,OTHER; service areas MENTAL_HEALTH;"
                + " professions SCIENTIFIC_THERAPEUTIC_TECHNICAL; complainant status PATIENT;"
                + " patient age band 18-64")
        .doesNotContain("Jane");
  }

  @Test
  void unknownCodesAreRefusedEachOnItsFieldAndNothingIsRecorded() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    List<FieldError> refused =
        refusals(
            () ->
                complaint.code(
                    new CodingChoice(
                        List.of("COMMUNICATIONS", "GOSSIP"),
                        List.of("NOWHERE"),
                        List.of("ASTRONAUT"),
                        "NEIGHBOUR",
                        "AGELESS"),
                    SEEDED,
                    CODED_AT,
                    HANDLER,
                    false));

    assertThat(refused)
        .extracting(FieldError::field)
        .containsExactly(
            "subjects", "serviceAreas", "professions", "complainantStatus", "patientAgeBand");
    assertThat(refused).extracting(FieldError::reason).noneMatch(r -> r.contains("GOSSIP"));
    assertThat(complaint.coding().isCoded()).isFalse();
  }

  @Test
  void atLeastOneSubjectAndOneServiceAreaAreNeededButNoProfessionIs() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    List<FieldError> refused =
        refusals(
            () ->
                complaint.code(
                    new CodingChoice(null, List.of(), null, "PATIENT", "UNKNOWN"),
                    SEEDED,
                    CODED_AT,
                    HANDLER,
                    false));
    assertThat(refused).extracting(FieldError::field).containsExactly("subjects", "serviceAreas");

    complaint.code(choice(List.of("OTHER"), "UNKNOWN"), SEEDED, CODED_AT, HANDLER, false);
    assertThat(complaint.coding().professions()).isEmpty();
    assertThat(complaint.coding().summary()).contains("professions none");
  }

  @Test
  void aNullCodeInAListIsRefusedNotACrash() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    List<String> withANull = new ArrayList<>();
    withANull.add(null);
    assertThat(
            refusals(
                () ->
                    complaint.code(choice(withANull, "UNKNOWN"), SEEDED, CODED_AT, HANDLER, false)))
        .extracting(FieldError::field)
        .containsExactly("subjects");
  }

  @ParameterizedTest(name = "born {0}: {1} on 2 March 2026")
  @CsvSource({
    "2008-03-03, 0-17",
    "2008-03-02, 18-64",
    "1961-03-03, 18-64",
    "1961-03-02, 65-74",
    "1951-03-03, 65-74",
    "1951-03-02, 75-84",
    "1941-03-03, 75-84",
    "1941-03-02, 85+",
    "2026-03-02, 0-17"
  })
  void theAgeBandComesFromTheDateOfBirthOnTheDayOfReceipt(LocalDate born, String band) {
    Complaint complaint = forPatientBorn(born);
    complaint.code(
        new CodingChoice(
            List.of("CLINICAL_TREATMENT"),
            List.of("ACUTE_INPATIENT"),
            List.of("MEDICAL"),
            "ON_BEHALF_OF_PATIENT",
            null),
        SEEDED,
        CODED_AT,
        HANDLER,
        false);
    assertThat(complaint.coding().patientAgeBand()).isEqualTo(band);
    assertThat(complaint.coding().ageBandFromBirthDate()).isTrue();
  }

  @Test
  void aBandContradictingTheDateOfBirthIsRefused() {
    Complaint complaint = forPatientBorn(LocalDate.of(1941, 3, 2));
    assertThat(
            refusals(
                () ->
                    complaint.code(
                        choice(List.of("OTHER"), "18-64"), SEEDED, CODED_AT, HANDLER, false)))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("patientAgeBand");
              assertThat(error.reason()).contains("85 and over");
            });
  }

  @Test
  void withoutADateOfBirthTheBandIsChosenAndMustBeGiven() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    assertThat(
            refusals(
                () ->
                    complaint.code(
                        choice(List.of("OTHER"), null), SEEDED, CODED_AT, HANDLER, false)))
        .extracting(FieldError::field)
        .containsExactly("patientAgeBand");

    complaint.code(choice(List.of("OTHER"), "UNKNOWN"), SEEDED, CODED_AT, HANDLER, false);
    assertThat(complaint.coding().patientAgeBand()).isEqualTo("UNKNOWN");
  }

  @Test
  void aBirthDateNoBandHoldsLeavesTheBandToBeChosen() {
    NationalReturnCodes onlyAdults =
        codes(Map.of("app.complaints.codes.patient-age-band", "18+=Adult|UNKNOWN=Not known"));
    Complaint child = forPatientBorn(LocalDate.of(2020, 1, 1));
    child.code(choice(List.of("OTHER"), "UNKNOWN"), onlyAdults, CODED_AT, HANDLER, false);
    assertThat(child.coding().patientAgeBand()).isEqualTo("UNKNOWN");
    assertThat(child.coding().ageBandFromBirthDate()).isFalse();
  }

  @Test
  void theIcbsOwnListReplacesTheSeedsList() {
    NationalReturnCodes local =
        codes(Map.of("app.complaints.codes.subject", "CHC=Continuing healthcare|OTHER=Other"));
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    assertThat(
            refusals(
                () ->
                    complaint.code(
                        choice(List.of("COMMUNICATIONS"), "UNKNOWN"),
                        local,
                        CODED_AT,
                        HANDLER,
                        false)))
        .extracting(FieldError::field)
        .containsExactly("subjects");
    complaint.code(choice(List.of("CHC"), "UNKNOWN"), local, CODED_AT, HANDLER, false);
    assertThat(complaint.coding().subjects()).containsExactly("CHC");
  }

  @Test
  void codingAgainReplacesTheWholeCoding() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    complaint.code(
        new CodingChoice(
            List.of("COMMUNICATIONS", "OTHER"),
            List.of("MENTAL_HEALTH"),
            List.of("MEDICAL"),
            "PATIENT",
            "UNKNOWN"),
        SEEDED,
        CODED_AT,
        HANDLER,
        false);
    complaint.code(
        choice(List.of("WAITING_TIMES"), "65-74"),
        SEEDED,
        london("2026-03-06T10:00"),
        "another.handler",
        false);
    assertThat(complaint.coding().subjects()).containsExactly("WAITING_TIMES");
    assertThat(complaint.coding().professions()).isEmpty();
    assertThat(complaint.coding().codedBy()).isEqualTo("another.handler");
  }

  @Test
  void aClosedComplaintsCodingIsCorrectedOnlyBySomeoneWhoMayCorrectAClosedFile() {
    Complaint complaint = ComplaintFiles.receivedAt("2026-03-02T10:00");
    complaint.close(ClosureReason.WITHDRAWN, london("2026-03-04T10:00"), HANDLER);

    assertThatThrownBy(
            () ->
                complaint.code(
                    choice(List.of("OTHER"), "UNKNOWN"), SEEDED, CODED_AT, HANDLER, false))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Only a complaints manager");
    assertThat(complaint.coding().isCoded()).isFalse();

    complaint.code(choice(List.of("OTHER"), "UNKNOWN"), SEEDED, CODED_AT, "pat.manager", true);
    assertThat(complaint.coding().subjects()).containsExactly("OTHER");
  }
}
