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
import uk.nhs.icb.caseworkflows.complaints.application.LearningActions;
import uk.nhs.icb.caseworkflows.complaints.application.OmbudsmanReview;
import uk.nhs.icb.caseworkflows.complaints.application.StaffSupport;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/**
 * The after-response pages (issue 14 points 12 to 14): what is typed right reaches the use case as
 * typed; what is typed wrong is a message beside its field and nothing is recorded.
 */
class AfterResponseFormsTest {

  private final List<String> recorded = new ArrayList<>();

  private final OmbudsmanReview review =
      new OmbudsmanReview() {
        @Override
        public OmbudsmanReferral refer(String id, LocalDate referredOn, String reference) {
          recorded.add("referred " + referredOn + " " + reference);
          return null;
        }

        @Override
        public OmbudsmanReferral decide(
            String id,
            String referralId,
            OmbudsmanDecision decision,
            LocalDate decidedOn,
            String summary,
            List<ResponseAction> recommendations) {
          recorded.add(
              "decided "
                  + referralId
                  + " "
                  + decision
                  + " "
                  + decidedOn
                  + " "
                  + recommendations.stream()
                      .map(r -> r.description() + "/" + r.owner() + "/" + r.dueBy())
                      .toList());
          return null;
        }
      };

  private final LearningActions actions =
      new LearningActions() {
        @Override
        public LearningAction complete(String id, String actionId, String note) {
          recorded.add("done " + actionId + " " + note);
          return null;
        }
      };

  private final StaffSupport support =
      new StaffSupport() {
        @Override
        public StaffInformed record(
            String id,
            String name,
            String role,
            LocalDate toldOn,
            String offered,
            boolean accepted) {
          recorded.add("told " + name + " " + role + " " + toldOn + " " + offered + " " + accepted);
          return null;
        }
      };

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

  private AfterResponseForms.Referral referral() {
    AfterResponseForms.Referral form = new AfterResponseForms.Referral();
    form.review = review;
    return form;
  }

  private AfterResponseForms.Decision decision() {
    AfterResponseForms.Decision form = new AfterResponseForms.Decision();
    form.review = review;
    return form;
  }

  private AfterResponseForms.ActionDone actionDone() {
    AfterResponseForms.ActionDone form = new AfterResponseForms.ActionDone();
    form.actions = actions;
    return form;
  }

  private AfterResponseForms.StaffTold staffTold() {
    AfterResponseForms.StaffTold form = new AfterResponseForms.StaffTold();
    form.support = support;
    return form;
  }

  @Test
  void aReferralIsRecordedAsTypedAndOneWithoutADateIsRefusedBesideIt() {
    FormValues missing = typed("ombudsmanReference", "PHSO-123");
    assertThat(referral().submit("c-1", missing)).isNull();
    assertThat(fieldsWithMessages(missing)).containsExactly("referredOn-day");
    assertThat(recorded).isEmpty();

    assertThat(
            referral()
                .submit(
                    "c-1",
                    typed(
                        "referredOn-day", "2",
                        "referredOn-month", "12",
                        "referredOn-year", "2026",
                        "ombudsmanReference", "PHSO-123")))
        .isNotNull();
    assertThat(recorded).containsExactly("referred 2026-12-02 PHSO-123");
  }

  @Test
  void aPartlyUpheldDecisionCarriesItsRecommendationsAsActions() {
    assertThat(
            decision()
                .submit(
                    "c-1",
                    typed(
                        "referral", "r-1",
                        "decision", "PARTLY_UPHELD",
                        "decidedOn-day", "1",
                        "decidedOn-month", "12",
                        "decidedOn-year", "2026",
                        "recommendation-1-description", "Apologise in writing",
                        "recommendation-1-owner", "Head of Patient Experience",
                        "recommendation-1-dueBy-day", "15",
                        "recommendation-1-dueBy-month", "1",
                        "recommendation-1-dueBy-year", "2027")))
        .isNotNull();

    assertThat(recorded)
        .singleElement()
        .asString()
        .startsWith("decided r-1 PARTLY_UPHELD 2026-12-01")
        .contains("Apologise in writing", "Head of Patient Experience", "2027-01-15");
  }

  @Test
  void recommendationsOnADecisionNotUpheldOrWithoutAnOwnerAreRefusedBesideTheirFields() {
    FormValues notUpheld =
        typed(
            "referral", "r-1",
            "decision", "NOT_UPHELD",
            "decidedOn-day", "1",
            "decidedOn-month", "12",
            "decidedOn-year", "2026",
            "recommendation-1-description", "Apologise",
            "recommendation-1-owner", "Someone",
            "recommendation-1-dueBy-day", "15",
            "recommendation-1-dueBy-month", "1",
            "recommendation-1-dueBy-year", "2027");
    assertThat(decision().submit("c-1", notUpheld)).isNull();
    assertThat(fieldsWithMessages(notUpheld)).containsExactly("recommendation-1-description");

    FormValues noOwnerNoReferral =
        typed(
            "decision", "UPHELD",
            "decidedOn-day", "1",
            "decidedOn-month", "12",
            "decidedOn-year", "2026",
            "recommendation-2-description", "Train the team",
            "recommendation-2-dueBy-day", "15",
            "recommendation-2-dueBy-month", "1",
            "recommendation-2-dueBy-year", "2027");
    assertThat(decision().submit("c-1", noOwnerNoReferral)).isNull();
    assertThat(fieldsWithMessages(noOwnerNoReferral))
        .containsExactlyInAnyOrder("referral", "recommendation-2-owner");
    assertThat(recorded).isEmpty();
  }

  @Test
  void anActionIsRecordedDoneWithWhatWasDoneAndNeitherMayBeLeftOut() {
    FormValues nothing = typed();
    assertThat(actionDone().submit("c-1", nothing)).isNull();
    assertThat(fieldsWithMessages(nothing)).containsExactlyInAnyOrder("action", "actionNote");

    assertThat(
            actionDone()
                .submit("c-1", typed("action", "a-7", "actionNote", "New checklist in use")))
        .isNotNull();
    assertThat(recorded).containsExactly("done a-7 New checklist in use");
  }

  @Test
  void staffToldAreRecordedAsTypedAndEachMissingAnswerIsNamed() {
    FormValues nothing = typed();
    assertThat(staffTold().submit("c-1", nothing)).isNull();
    assertThat(fieldsWithMessages(nothing))
        .containsExactlyInAnyOrder(
            "staffName", "staffRole", "toldOn-day", "supportOffered", "supportAccepted-yes");

    assertThat(
            staffTold()
                .submit(
                    "c-1",
                    typed(
                        "staffName", "Dr Ellis",
                        "staffRole", "GP",
                        "toldOn-day", "30",
                        "toldOn-month", "11",
                        "toldOn-year", "2026",
                        "supportOffered", "A meeting with the practice manager",
                        "supportAccepted", "yes")))
        .isNotNull();
    assertThat(recorded)
        .containsExactly("told Dr Ellis GP 2026-11-30 A meeting with the practice manager true");
  }
}
