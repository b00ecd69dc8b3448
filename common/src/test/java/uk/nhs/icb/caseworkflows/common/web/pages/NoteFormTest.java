package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A form of one required note: shown with the workflow's words, refused when blank or too long. */
class NoteFormTest {

  /** Withdrawing a "thing": the note is what its owner said. */
  static final class Withdrawal extends NoteForm<String> {

    final List<String> withdrawn = new ArrayList<>();

    Withdrawal() {
      super(
          "withdrawal",
          "Withdraw the thing",
          "said",
          Set.of("worker"),
          new Wording(
              "The thing closes.",
              "What they said",
              "For example, by phone.",
              "Enter what they said",
              "Withdraw it",
              true));
    }

    @Override
    protected void facts(String file, FormModel form) {
      form.fact("Thing", file);
    }

    @Override
    protected String record(String caseId, String note) {
      withdrawn.add(caseId + ": " + note);
      return "Withdrawn.";
    }
  }

  private final Withdrawal form = new Withdrawal();

  @Test
  void itIsNamedAndGuardedAsTheWorkflowSays() {
    assertThat(form.path()).isEqualTo("withdrawal");
    assertThat(form.title()).isEqualTo("Withdraw the thing");
    assertThat(form.firstField()).isEqualTo("said");
    assertThat(form.roles()).containsExactly("worker");
    assertThat(form.completesStep()).isTrue();
  }

  @Test
  void itShowsTheIntroTheFileTheQuestionAndAWarningButton() {
    Map<String, Object> model = form.model("Thing 1", FormValues.empty());

    assertThat(model).containsEntry("intro", List.of("The thing closes."));
    assertThat(model)
        .containsEntry("facts", List.of(Map.of("key", "Thing", "value", "Thing 1")))
        .containsEntry("submitLabel", "Withdraw it")
        .containsEntry("warningButton", true);
    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> fields =
        (List<Map<String, Map<String, Object>>>) model.get("fields");
    assertThat(fields).hasSize(1);
    assertThat(fields.get(0).get("textarea"))
        .containsEntry("name", "said")
        .containsEntry("label", "What they said")
        .containsEntry("hint", "For example, by phone.");
  }

  @Test
  void theNoteIsPassedOnTrimmed() {
    String banner =
        form.submit("T-1", FormValues.of(Map.of("said", "  no longer needed "), FieldLimits.NONE));

    assertThat(banner).isEqualTo("Withdrawn.");
    assertThat(form.withdrawn).containsExactly("T-1: no longer needed");
  }

  @Test
  void aBlankOrTooLongNoteIsRefusedBesideItsFieldAndNothingIsDone() {
    FormValues blank = FormValues.of(Map.of("said", "  "), FieldLimits.NONE);
    FormValues tooLong =
        FormValues.of(Map.of("said", "abcdef"), new FieldLimits(Map.of("said", 5)));

    assertThat(form.submit("T-1", blank)).isNull();
    assertThat(form.submit("T-1", tooLong)).isNull();

    assertThat(form.withdrawn).isEmpty();
    assertThat(blank.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(tuple("said", "Enter what they said"));
    assertThat(tooLong.errors().messageFor("said")).contains("Must be 5 characters or fewer");
  }

  @Test
  void withoutAnIntroThereIsNoParagraphAboveTheQuestion() {
    NoteForm<String> plain =
        new NoteForm<>(
            "stop",
            "Stop",
            "reason",
            Set.of("worker"),
            new NoteForm.Wording(null, "Why", null, "Enter why", "Stop", false)) {
          @Override
          protected String record(String caseId, String note) {
            return note;
          }
        };

    assertThat(plain.model("Thing 1", FormValues.empty()))
        .containsEntry("intro", List.of())
        .containsEntry("facts", List.of())
        .containsEntry("warningButton", false);
  }
}
