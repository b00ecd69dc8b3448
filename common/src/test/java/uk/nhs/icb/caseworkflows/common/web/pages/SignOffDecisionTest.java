package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign a draft off, or return it with comments: the comments are needed only to return it. */
class SignOffDecisionTest {

  private final SignOffDecision signOff =
      new SignOffDecision("Signing off sends it.", "Sign it off", "Return it");

  @Test
  void signedOffWithoutComments() {
    FormValues typed = typed(Map.of("decision", "approve"));

    assertThat(signOff.readFrom(typed)).contains(new SignOffDecision.Decision(true, null));
  }

  @Test
  void returnedWithItsComments() {
    FormValues typed = typed(Map.of("decision", "return", "comments", " Say sorry. "));

    assertThat(signOff.readFrom(typed)).contains(new SignOffDecision.Decision(false, "Say sorry."));
  }

  @Test
  void aReturnWithoutCommentsIsRefusedBesideTheComments() {
    FormValues typed = typed(Map.of("decision", "return"));

    assertThat(signOff.readFrom(typed)).isEmpty();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(tuple("comments", "Enter what should change"));
  }

  @Test
  void noDecisionOrAnUnknownOneIsRefusedBesideTheFirstChoice() {
    for (Map<String, String> answers : List.of(Map.<String, String>of(), Map.of("decision", "x"))) {
      FormValues typed = typed(answers);

      assertThat(signOff.readFrom(typed)).isEmpty();
      assertThat(typed.errors().all())
          .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
          .containsExactly(
              tuple("decision-approve", "Select whether you sign off or return the draft"));
    }
  }

  @Test
  void theQuestionOffersTheWorkflowsWordsThenTheComments() {
    Map<String, Object> model = signOff.askIn(new FormModel(FormValues.empty())).toMap();

    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> fields =
        (List<Map<String, Map<String, Object>>>) model.get("fields");
    Map<String, Object> decision = fields.get(0).get("radios");
    assertThat(decision)
        .containsEntry("name", "decision")
        .containsEntry("hint", "Signing off sends it.");
    assertThat((List<?>) decision.get("options"))
        .extracting(
            option -> ((Map<?, ?>) option).get("id"), option -> ((Map<?, ?>) option).get("label"))
        .containsExactly(
            tuple("decision-approve", "Sign it off"), tuple("decision-return", "Return it"));
    assertThat(fields.get(1).get("textarea")).containsEntry("name", "comments");
  }

  private static FormValues typed(Map<String, String> answers) {
    return FormValues.of(answers, FieldLimits.NONE);
  }
}
