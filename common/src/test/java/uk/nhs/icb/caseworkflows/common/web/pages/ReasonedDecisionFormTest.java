package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A decision of yes/no questions with its reasons: all required, the answers passed on by name. */
class ReasonedDecisionFormTest {

  /** Is a funding request exceptional, and is there evidence it works? */
  static final class Screening extends ReasonedDecisionForm<String> {

    final List<String> decided = new ArrayList<>();

    Screening() {
      super(
          "screening",
          "Screen the request",
          Set.of("coordinator"),
          "Decide whether it goes to the panel.",
          List.of(
              new Question("exceptional", "Is it exceptional?", "Select yes if it is exceptional"),
              new Question("evidence", "Is there evidence?", "Select yes if there is evidence")),
          new Question("reasons", "Your reasons", "Enter your reasons"));
    }

    @Override
    protected void facts(String file, FormModel form) {
      form.fact("Request", file);
    }

    @Override
    protected String decide(String caseId, Answers answers, String reasons) {
      decided.add(
          caseId
              + " "
              + answers.yes("exceptional")
              + " "
              + answers.yes("evidence")
              + " "
              + reasons);
      return "Screened.";
    }
  }

  private final Screening form = new Screening();

  @Test
  void itsFirstFieldIsTheFirstQuestionsYes() {
    assertThat(form.firstField()).isEqualTo("exceptional-yes");
    assertThat(form.roles()).containsExactly("coordinator");
    assertThat(form.completesStep()).isTrue();
  }

  @Test
  void itShowsTheIntroTheFileEachQuestionAndTheReasons() {
    Map<String, Object> model = form.model("R-1", FormValues.empty());

    assertThat(model)
        .containsEntry("intro", List.of("Decide whether it goes to the panel."))
        .containsEntry("facts", List.of(Map.of("key", "Request", "value", "R-1")))
        .containsEntry("submitLabel", "Save the decision");
    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> fields =
        (List<Map<String, Map<String, Object>>>) model.get("fields");
    assertThat(fields)
        .extracting(
            field -> field.keySet().iterator().next(),
            field -> field.values().iterator().next().get("name"))
        .containsExactly(
            tuple("radios", "exceptional"),
            tuple("radios", "evidence"),
            tuple("textarea", "reasons"));
    assertThat(fields.get(2).get("textarea")).containsEntry("hint", "This is kept on the file.");
  }

  @Test
  void theAnswersArePassedOnByName() {
    String banner =
        form.submit(
            "R-1",
            typed(Map.of("exceptional", "yes", "evidence", "no", "reasons", " Rare condition ")));

    assertThat(banner).isEqualTo("Screened.");
    assertThat(form.decided).containsExactly("R-1 true false Rare condition");
  }

  @Test
  void everyQuestionAndTheReasonsAreRequiredEachMessageBesideItsField() {
    FormValues typed = typed(Map.of("evidence", "yes"));

    assertThat(form.submit("R-1", typed)).isNull();

    assertThat(form.decided).isEmpty();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple("exceptional-yes", "Select yes if it is exceptional"),
            tuple("reasons", "Enter your reasons"));
  }

  @Test
  void askingForAQuestionThatWasNotAskedIsAMistake() {
    ReasonedDecisionForm.Answers answers = new ReasonedDecisionForm.Answers(Map.of("a", true));

    assertThat(answers.yes("a")).isTrue();
    assertThatThrownBy(() -> answers.yes("b")).isInstanceOf(IllegalArgumentException.class);
  }

  private static FormValues typed(Map<String, String> answers) {
    return FormValues.of(answers, FieldLimits.NONE);
  }
}
