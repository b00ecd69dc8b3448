package uk.nhs.icb.caseworkflows.common.consent.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/** The consent form: whose consent, from the case's people, then the kit's consent questions. */
class ConsentFormTest {

  enum Person {
    ASSESSED,
    REPRESENTATIVE
  }

  /** A CHC-like case whose file is the assessed person's name. */
  static class Consent extends ConsentForm<String, Person> {

    final List<String> recorded = new ArrayList<>();

    Consent() {
      super("consent", Set.of("assessor"), Person.class, Person.ASSESSED);
      clock = Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    protected List<Fields.Option> people(String file) {
      return List.of(Fields.Option.of(Person.ASSESSED.name(), "The person assessed, " + file));
    }

    @Override
    protected void record(String caseId, Person whose, ConsentFields.ConsentTaken consent) {
      recorded.add(caseId + " " + whose + " " + consent.purpose() + " " + consent.givenAt());
      assertThat(consent.giver()).isEqualTo(ConsentGiver.thePerson());
    }
  }

  private final Consent form = new Consent();

  @Test
  void itRecordsOnTheFileWithoutCompletingAStep() {
    assertThat(form.path()).isEqualTo("consent");
    assertThat(form.title()).isEqualTo("Record a consent");
    assertThat(form.firstField()).isEqualTo("whose-ASSESSED");
    assertThat(form.roles()).containsExactly("assessor");
    assertThat(form.completesStep()).isFalse();
  }

  @Test
  void itAsksWhoseConsentFromTheCasesPeopleFirst() {
    Map<String, Object> model = form.model("Ada", FormValues.empty());

    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> fields =
        (List<Map<String, Map<String, Object>>>) model.get("fields");
    assertThat(fields).hasSize(7);
    assertThat(fields.get(0).get("radios"))
        .containsEntry("name", "whose")
        .containsEntry("legend", "Whose consent is it?");
    assertThat(model).containsEntry("submitLabel", "Record the consent");
  }

  @Test
  void aCompleteConsentIsRecordedForThePersonChosen() {
    FormValues typed =
        FormValues.of(
            Map.of(
                "whose", "ASSESSED",
                "purpose", "PROCESS_CASE",
                "givenAs", "THE_PERSON",
                "method", "VERBAL",
                "givenOn-day", "12",
                "givenOn-month", "3",
                "givenOn-year", "2026"),
            FieldLimits.NONE);

    assertThat(form.submit("C-1", typed)).isEqualTo("The consent was recorded.");
    assertThat(form.recorded).containsExactly("C-1 ASSESSED PROCESS_CASE 2026-03-12T12:00:00Z");
  }

  @Test
  void noPersonChosenIsTheFirstMessageAndNothingIsRecorded() {
    FormValues typed = FormValues.of(Map.of(), FieldLimits.NONE);

    assertThat(form.submit("C-1", typed)).isNull();
    assertThat(form.recorded).isEmpty();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .first()
        .isEqualTo(tuple("whose-ASSESSED", "Select whose consent it is"));
  }

  @Test
  void aWorkflowOffersOnlyThePurposesItAsksConsentForAndRefusesAnother() {
    Consent onlyHandling =
        new Consent() {
          @Override
          protected List<ConsentPurpose> purposes() {
            return List.of(ConsentPurpose.PROCESS_CASE, ConsentPurpose.SHARE_WITH_PROVIDER);
          }
        };
    FormValues typed =
        FormValues.of(
            Map.of(
                "whose", "ASSESSED",
                "purpose", "SHARE_WITH_FAMILY",
                "givenAs", "THE_PERSON",
                "method", "VERBAL",
                "givenOn-day", "12",
                "givenOn-month", "3",
                "givenOn-year", "2026"),
            FieldLimits.NONE);

    assertThat(onlyHandling.model("Ada", FormValues.empty()).toString())
        .contains("PROCESS_CASE", "SHARE_WITH_PROVIDER")
        .doesNotContain("SHARE_WITH_FAMILY", "PUBLISH_STORY");
    assertThat(onlyHandling.submit("C-1", typed)).isNull();
    assertThat(onlyHandling.recorded).isEmpty();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(tuple("purpose-PROCESS_CASE", "Select what they consent to"));
  }
}
