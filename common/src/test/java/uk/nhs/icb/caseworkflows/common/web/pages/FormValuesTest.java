package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form's answers as typed: trimmed, checked against their limits, each problem by its field. */
class FormValuesTest {

  private static final FieldLimits LIMITS =
      new FieldLimits(Map.of("postcode", 8, "action-owner", 5));

  enum Colour {
    RED,
    GREEN
  }

  @Test
  void textIsTrimmedBlankIsMissingAndTooLongIsRefusedBesideItsField() {
    FormValues typed =
        FormValues.of(
            Map.of(
                "name", "  Ada  ",
                "postcode", "LU1 2LJ XX",
                "nickname", "   ",
                "action-3-owner", "Grace"),
            LIMITS);

    assertThat(typed.text("name", "Enter a name")).isEqualTo("Ada");
    assertThat(typed.text("postcode", null)).isNull();
    assertThat(typed.text("nickname", null)).isNull();
    assertThat(typed.text("surname", "Enter a surname")).isNull();
    assertThat(typed.text("action-3-owner", null)).isEqualTo("Grace");

    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(
            tuple("postcode", "Must be 8 characters or fewer"),
            tuple("surname", "Enter a surname"));
  }

  @Test
  void anAnswerHoldingANulIsRefusedBesideItsFieldAndKeptWithoutIt() {
    FormValues typed = FormValues.of(Map.of("reason", "Kept\0 longer", "other", "fine"), LIMITS);

    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactly(tuple("reason", FormValues.CONTROL_CHARACTERS));
    assertThat(typed.typed("reason")).isEqualTo("Kept longer");
    assertThat(typed.text("other", null)).isEqualTo("fine");
  }

  @Test
  void aPostedAnswerWithAControlCharacterIsRefusedBesideItsFieldAndTheFormsWorkNeverRuns() {
    Map<String, String[]> posted =
        Map.of(
            "reason", new String[] {"Waiting\u0000for records"},
            "note", new String[] {"Bell\u0007"},
            "next", new String[] {"C1 \u0085 next line"},
            "letter", new String[] {"Dear Ada,\r\n\tThank you."});
    jakarta.servlet.http.HttpServletRequest request =
        FakeHttp.fake(
            jakarta.servlet.http.HttpServletRequest.class,
            Map.of(
                "getParameterMap", args -> posted,
                "getContentType", args -> "application/x-www-form-urlencoded"));

    FormValues typed = FormValues.of(request, LIMITS);
    boolean[] ran = {false};
    String banner =
        CasePages.attempt(
            "reason",
            typed,
            () -> {
              ran[0] = true;
              return "Done";
            });

    assertThat(banner).isNull();
    assertThat(ran[0]).as("the form's work ran").isFalse();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId, FormErrors.FieldProblem::message)
        .containsExactlyInAnyOrder(
            tuple("reason", FormValues.CONTROL_CHARACTERS),
            tuple("note", FormValues.CONTROL_CHARACTERS),
            tuple("next", FormValues.CONTROL_CHARACTERS));
    assertThat(typed.typed("reason")).as("kept to show the form again").contains("Waiting");
  }

  @Test
  void fieldsNotListedTakeTheGeneralLimitAndNumberedRowsShareOne() {
    assertThat(LIMITS.of("postcode")).isEqualTo(8);
    assertThat(LIMITS.of("action-12-owner")).isEqualTo(5);
    assertThat(LIMITS.of("anything")).isEqualTo(FieldLimits.MAX_TEXT);
    assertThat(FieldLimits.NONE.of("postcode")).isEqualTo(FieldLimits.MAX_TEXT);
  }

  @Test
  void linesYesNoChoicesAndDatesAreReadAndAMissingAnswerPointsAtItsFirstOption() {
    FormValues typed =
        FormValues.of(
            Map.of(
                "people", "Ada\n\n  Grace \r\nAlan",
                "agreed", "no",
                "colour", "GREEN",
                "on-day", "15",
                "on-month", "3",
                "on-year", "2026"),
            FieldLimits.NONE);

    assertThat(typed.lines("people", null)).containsExactly("Ada", "Grace", "Alan");
    assertThat(typed.yesNo("agreed", "Select yes or no")).isFalse();
    assertThat(typed.choice("colour", Colour.class, Colour.RED, "Select one"))
        .isEqualTo(Colour.GREEN);
    assertThat(typed.date("on", "Date", true).value()).contains(LocalDate.of(2026, 3, 15));
    assertThat(typed.isChecked("colour", "GREEN")).isTrue();
    assertThat(typed.errors().isEmpty()).isTrue();

    assertThat(typed.yesNo("other", "Select yes or no")).isNull();
    assertThat(typed.choice("shade", Colour.class, Colour.RED, "Select a shade")).isNull();
    assertThat(typed.errors().all())
        .extracting(FormErrors.FieldProblem::fieldId)
        .containsExactly("other-yes", "shade-RED");
  }

  @Test
  void theFieldsShowWhatWasTypedAndTheMessageBesideEachField() {
    FormValues typed = FormValues.of(Map.of("name", "Ada", "agreed", "yes"), FieldLimits.NONE);
    typed.errors().add("name", "Enter a full name");

    Map<String, Object> model =
        new FormModel(typed)
            .input("name", "Name", null)
            .yesNo("agreed", "Agreed?", null)
            .file("file", "Document", null, UploadField.ACCEPT)
            .submit("Withdraw", true)
            .toMap();

    @SuppressWarnings("unchecked")
    Map<String, Object> name =
        (Map<String, Object>)
            ((Map<String, Object>) ((java.util.List<?>) model.get("fields")).get(0)).get("input");
    assertThat(name).containsEntry("value", "Ada").containsEntry("error", "Enter a full name");
    assertThat(model)
        .containsEntry("multipart", true)
        .containsEntry("warningButton", true)
        .containsEntry("submitLabel", "Withdraw");
    String html =
        new PageTemplates(FormValuesTest.class.getClassLoader()).render("common/fields", model);
    assertThat(html)
        .contains("value=\"Ada\"")
        .contains("id=\"name-error\"")
        .contains("id=\"agreed-yes\" name=\"agreed\" type=\"radio\" value=\"yes\" checked")
        .contains("type=\"file\"");
  }
}
