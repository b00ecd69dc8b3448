package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A checkbox group: any number ticked, read back in order, shown again as it was ticked. */
class CheckboxesTest {

  private static final List<Fields.Option> FRUIT =
      List.of(
          Fields.Option.of("apple", "Apple"),
          Fields.Option.of("pear", "Pear"),
          Fields.Option.of("plum", "Plum"));

  private final PageTemplates templates = new PageTemplates(CheckboxesTest.class.getClassLoader());

  @Test
  void theTickedBoxesAreReadInTheOptionsOrder() {
    FormValues typed =
        FormValues.of(Map.of("fruit-plum", "plum", "fruit-apple", "apple"), FieldLimits.NONE);

    assertThat(typed.ticked("fruit", FRUIT)).containsExactly("apple", "plum");
    assertThat(FormValues.empty().ticked("fruit", FRUIT)).isEmpty();
  }

  @Test
  void aBoxSentWithAnotherValueIsNotTicked() {
    FormValues typed = FormValues.of(Map.of("fruit-pear", "apple"), FieldLimits.NONE);

    assertThat(typed.ticked("fruit", FRUIT)).isEmpty();
  }

  @Test
  void theGroupIsShownWithItsLegendAndWhatWasTicked() {
    FormValues typed = FormValues.of(Map.of("fruit-pear", "pear"), FieldLimits.NONE);
    typed.errors().add("fruit-apple", "Select a fruit");
    Map<String, Object> model =
        new java.util.HashMap<>(
            new FormModel(typed).checkboxes("fruit", "Which fruit?", "Tick all", FRUIT).toMap());
    model.put("contextPath", "");

    String html = templates.render("common/fields", model);

    assertThat(html)
        .contains("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">Which fruit?")
        .contains("aria-describedby=\"fruit-hint fruit-error\"")
        .contains("Select a fruit")
        .containsPattern(
            "id=\"fruit-pear\" name=\"fruit-pear\" type=\"checkbox\" value=\"pear\" checked")
        .containsPattern(
            "id=\"fruit-apple\" name=\"fruit-apple\" type=\"checkbox\" value=\"apple\">");
  }
}
