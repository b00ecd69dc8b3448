package uk.nhs.icb.caseworkflows.complaints.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintJointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.domain.JointOrganisation;
import uk.nhs.icb.caseworkflows.complaints.domain.Transfer;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;
import uk.nhs.icb.caseworkflows.complaints.web.Columns;

/**
 * The joint-handling and answer forms: what is typed wrong is a message beside its field and
 * nothing is stored; what is typed right reaches the use case as typed; no answer is longer than
 * its column.
 */
class RouteFormsTest {

  private final List<String> agreed = new ArrayList<>();

  private final ComplaintJointHandling recording =
      new ComplaintJointHandling() {
        @Override
        public Complaint agree(
            String id, String lead, List<JointHandling.Asked> asked, boolean named) {
          agreed.add(lead + " " + asked + " " + named);
          return null;
        }

        @Override
        public Complaint recordAnswer(String id, int number, String answer, LocalDate on) {
          agreed.add(number + " " + answer + " " + on);
          return null;
        }
      };

  private RouteForms.AgreeJointHandling jointForm() {
    RouteForms.AgreeJointHandling form = new RouteForms.AgreeJointHandling();
    form.jointHandling = recording;
    return form;
  }

  private static FormValues typed(String... namesAndValues) {
    Map<String, String> answers = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      answers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return FormValues.of(answers, ComplaintPages.LIMITS);
  }

  private static List<String> fieldsWithMessages(FormValues typed) {
    return typed.errors().all().stream().map(FormErrors.FieldProblem::fieldId).toList();
  }

  @Test
  void twoOrganisationsWithTheLeadAmongThemAreAgreedAsTyped() {
    FormValues typed =
        typed(
            "organisation-1-name", "Riverside Surgery",
            "organisation-1-asked", "Their account",
            "organisation-3-name", "Town Pharmacy",
            "organisation-3-asked", "Their records",
            "leadOrganisation", "town pharmacy",
            "complainantNamed", "no");

    assertThat(jointForm().submit("c-1", typed)).isNotNull();

    assertThat(agreed)
        .containsExactly(
            "town pharmacy [Asked[organisation=Riverside Surgery, question=Their account],"
                + " Asked[organisation=Town Pharmacy, question=Their records]] false");
  }

  @Test
  void anOrganisationTwiceALeadNotAmongThemAndAMissingQuestionAreEachShownBesideTheirField() {
    FormValues typed =
        typed(
            "organisation-1-name", "Riverside Surgery",
            "organisation-1-asked", "Their account",
            "organisation-2-name", "riverside surgery",
            "organisation-2-asked", "Again",
            "organisation-3-name", "Town Pharmacy",
            "leadOrganisation", "Northvale Council",
            "complainantNamed", "no");

    assertThat(jointForm().submit("c-1", typed)).isNull();

    assertThat(fieldsWithMessages(typed))
        .containsExactlyInAnyOrder(
            "organisation-2-name", "organisation-3-asked", "leadOrganisation");
    assertThat(agreed).isEmpty();
  }

  @Test
  void noOrganisationAtAllIsAMessageOnTheFirst() {
    FormValues typed = typed("complainantNamed", "yes");

    assertThat(jointForm().submit("c-1", typed)).isNull();

    assertThat(fieldsWithMessages(typed)).containsExactly("organisation-1-name");
  }

  @Test
  void anAnswerFromTheFutureIsRefusedBesideItsDate() {
    RouteForms.JointAnswer form = new RouteForms.JointAnswer();
    form.jointHandling = recording;
    form.clock = ComplaintLetterFixtures.CLOCK;
    FormValues typed =
        typed(
            "organisation", "2",
            "answer", "The courier failed.",
            "answeredOn-day", "6",
            "answeredOn-month", "3",
            "answeredOn-year", "2026");

    assertThat(form.submit("c-1", typed)).isNull();

    assertThat(fieldsWithMessages(typed)).hasSize(1).first().asString().startsWith("answeredOn");
    assertThat(agreed).isEmpty();
  }

  @Test
  void anAnswerOfTodayIsRecordedForTheOrganisationChosen() {
    RouteForms.JointAnswer form = new RouteForms.JointAnswer();
    form.jointHandling = recording;
    form.clock = ComplaintLetterFixtures.CLOCK;

    form.submit(
        "c-1",
        typed(
            "organisation", "2",
            "answer", "The courier failed.",
            "answeredOn-day", "5",
            "answeredOn-month", "3",
            "answeredOn-year", "2026"));

    assertThat(agreed).containsExactly("2 The courier failed. 2026-03-05");
  }

  @Test
  void everyLimitFitsTheColumnThatKeepsTheAnswer() {
    assertThat(ComplaintPages.LIMITS.of("provider"))
        .isLessThanOrEqualTo(Columns.of(Transfer.class, "provider"));
    assertThat(ComplaintPages.LIMITS.of("reason"))
        .isLessThanOrEqualTo(Columns.of(Transfer.class, "whyBetterPlaced"));
    assertThat(ComplaintPages.LIMITS.of("organisation-2-name"))
        .isLessThanOrEqualTo(Columns.of(JointOrganisation.class, "name"));
    assertThat(ComplaintPages.LIMITS.of("organisation-4-asked"))
        .isLessThanOrEqualTo(Columns.of(JointOrganisation.class, "asked"));
    assertThat(ComplaintPages.LIMITS.of("leadOrganisation"))
        .isLessThanOrEqualTo(Columns.of(JointHandling.class, "leadOrganisation"));
    assertThat(ComplaintPages.LIMITS.of("answer"))
        .isLessThanOrEqualTo(Columns.of(JointOrganisation.class, "answer"));
  }
}
