package uk.nhs.icb.caseworkflows.common.consent.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;

/** A consent taken down on a page: its questions, and the consent read back from the answers. */
class ConsentFieldsTest {

  // 10:00 in London on 16 March 2026 (GMT).
  private static final Instant NOW = Instant.parse("2026-03-16T10:00:00Z");
  private final ConsentFields fields = new ConsentFields(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aConsentGivenByThePersonIsReadAsGivenAtMiddayOfItsDay() {
    FormValues typed = typed(Map.of("givenAs", "THE_PERSON", "givenOn-day", "12"));

    ConsentFields.ConsentTaken taken = fields.readFrom(typed).orElseThrow();

    assertThat(taken.giver()).isEqualTo(ConsentGiver.thePerson());
    assertThat(taken.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_PROVIDER);
    assertThat(taken.method()).isEqualTo(ConsentMethod.FORM);
    assertThat(taken.givenAt()).isEqualTo(Instant.parse("2026-03-12T12:00:00Z"));
  }

  @Test
  void aConsentGivenThisMorningIsInForceNowNotAtMidday() {
    ConsentFields.ConsentTaken taken =
        fields.readFrom(typed(Map.of("givenAs", "THE_PERSON"))).orElseThrow();

    assertThat(taken.givenAt()).isEqualTo(NOW);
  }

  @Test
  void aRepresentativeIsReadWithTheirNameAndStanding() {
    FormValues typed =
        typed(
            Map.of(
                "givenAs", "REPRESENTATIVE",
                "giverName", " Grace Hopper ",
                "giverStanding", "Lasting power of attorney"));

    assertThat(fields.readFrom(typed).orElseThrow().giver())
        .isEqualTo(ConsentGiver.representative("Grace Hopper", "Lasting power of attorney"));
  }

  @Test
  void someoneGivingItForThePersonWithoutAStandingIsToldBesideTheStanding() {
    FormValues typed =
        typed(
            Map.of("givenAs", ConsentGivenAs.BEST_INTERESTS_DECISION.name(), "giverName", "Dr A"));

    assertThat(fields.readFrom(typed)).isEmpty();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple(
                "giverStanding", "Enter who gave the consent for the person, and their standing"));
  }

  @Test
  void missingAnswersAndAFutureDayAreEachReportedBesideTheirField() {
    FormValues typed =
        FormValues.of(
            Map.of("givenOn-day", "17", "givenOn-month", "3", "givenOn-year", "2026"),
            FieldLimits.NONE);

    assertThat(fields.readFrom(typed)).isEmpty();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple("purpose-PROCESS_CASE", "Select what they consent to"),
            tuple("givenAs-THE_PERSON", "Select who gave it"),
            tuple("method-WRITTEN", "Select how it was given"),
            tuple("givenOn-day", "Date given must be today or in the past"));
  }

  @Test
  void anErrorInTheWorkflowsOwnQuestionsLeavesNoConsentToRecord() {
    FormValues typed = typed(Map.of("givenAs", "THE_PERSON"));
    typed.errors().add("whose-COMPLAINANT", "Select whose consent it is");

    assertThat(fields.readFrom(typed)).isEmpty();
  }

  @Test
  void theQuestionsOfferEveryPurposeAndTheThreeWaysOfGivingIt() {
    Map<String, Object> model = fields.askIn(new FormModel(FormValues.empty())).toMap();

    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> questions =
        (List<Map<String, Map<String, Object>>>) model.get("fields");
    assertThat(questions)
        .extracting(question -> question.keySet().iterator().next())
        .containsExactly("radios", "radios", "input", "input", "radios", "date");
    assertThat((List<?>) questions.get(0).get("radios").get("options"))
        .hasSize(ConsentPurpose.values().length);
    assertThat((List<?>) questions.get(4).get("radios").get("options")).hasSize(3);
    assertThat(questions.get(2).get("input")).containsEntry("name", "giverName");
  }

  /** A complete consent given on the form for sharing with the provider, on 16 March 2026. */
  private static FormValues typed(Map<String, String> answers) {
    Map<String, String> all = new HashMap<>();
    all.put("purpose", ConsentPurpose.SHARE_WITH_PROVIDER.name());
    all.put("method", ConsentMethod.FORM.name());
    all.put("givenOn-day", "16");
    all.put("givenOn-month", "3");
    all.put("givenOn-year", "2026");
    all.putAll(answers);
    return FormValues.of(all, FieldLimits.NONE);
  }
}
