package uk.nhs.icb.caseworkflows.common.party.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PastDays;

/** The patient of an IFR request asked for on a form and read back, the NHS number checked. */
class PatientFieldsTest {

  private final PatientFields patient = new PatientFields("patient", "patient", null);

  private final PastDays days =
      new PastDays(Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC));

  private static Map<String, String> mrEvans() {
    Map<String, String> answers = new HashMap<>();
    answers.put("patientName", "Mr Rhodri Evans");
    answers.put("patientNhsNumber", "943 476 5919");
    answers.put("patientDateOfBirth-day", "14");
    answers.put("patientDateOfBirth-month", "7");
    answers.put("patientDateOfBirth-year", "1948");
    answers.put("patientAddress", "4 Mill Lane\nDunstable");
    answers.put("patientPostcode", "LU6 3AB");
    answers.put("patientNeeds-bsl-interpreter", "bsl-interpreter");
    return answers;
  }

  private static FormValues typed(Map<String, String> answers) {
    return FormValues.of(answers, FieldLimits.NONE);
  }

  @Test
  void everyAnswerBuildsThePatient() {
    FormValues typed = typed(mrEvans());

    AffectedPerson person = patient.read(typed, days).get();

    assertThat(typed.errors().isEmpty()).isTrue();
    assertThat(person.name()).isEqualTo("Mr Rhodri Evans");
    assertThat(person.nhsNumber().formatted()).isEqualTo("943 476 5919");
    assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(1948, 7, 14));
    assertThat(person.addressLines()).containsExactly("4 Mill Lane", "Dunstable");
    assertThat(person.postcode()).isEqualTo("LU6 3AB");
    assertThat(person.communicationNeeds().needs())
        .containsExactly(CommunicationNeed.BSL_INTERPRETER);
  }

  @Test
  void missingAnswersAndADateOfBirthNotPastAreToldBesideTheirFields() {
    Map<String, String> answers = mrEvans();
    answers.remove("patientName");
    answers.put("patientDateOfBirth-year", "2026");
    answers.put("patientDateOfBirth-month", "3");
    answers.put("patientDateOfBirth-day", "5");
    FormValues typed = typed(answers);

    assertThat(patient.read(typed, days).get()).isNull();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("patientName", "Enter the patient's full name"),
            org.assertj.core.groups.Tuple.tuple(
                "patientDateOfBirth-day", "Patient's date of birth must be in the past"));
  }

  @Test
  void aWrongCheckDigitIsToldWhenThePatientIsBuiltSoAfterTheFormsOtherAnswers() {
    Map<String, String> answers = mrEvans();
    answers.put("patientNhsNumber", "943 476 5918");
    FormValues typed = typed(answers);

    Supplier<AffectedPerson> later = patient.read(typed, days);
    typed.errors().add("standing-CHILD", "Select why");
    later.get();

    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId)
        .containsExactly("standing-CHILD", "patientNhsNumber");
  }

  @Test
  void theFormAsksInTheRolesWordsWithTheHintGiven() {
    PatientFields sometimes =
        new PatientFields("person", "person affected", "Only if it is about someone else.");
    Map<String, Object> model =
        new HashMap<>(sometimes.addTo(new FormModel(FormValues.empty())).toMap());
    model.put("contextPath", "");

    String html =
        new PageTemplates(PatientFieldsTest.class.getClassLoader()).render("common/fields", model);

    assertThat(html)
        .contains("Person affected&#39;s full name")
        .contains("Only if it is about someone else.")
        .contains("id=\"personNhsNumber\"")
        .contains("id=\"personDateOfBirth-day\"")
        .contains("Person affected&#39;s postcode")
        .contains("id=\"personNeeds-advocate\"")
        .contains("Anything else about how to communicate with the person affected (optional)");
  }
}
