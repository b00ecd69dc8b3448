package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value object's own refusal shown beside the field it came from; and radios that offer a safe
 * default until answered.
 */
class FormValuesBuildTest {

  @Test
  void aValueBuiltIsReturnedWithoutAMessage() {
    FormValues typed = FormValues.empty();

    assertThat(typed.build("name", () -> "Ada")).isEqualTo("Ada");
    assertThat(typed.errors().isEmpty()).isTrue();
  }

  @Test
  void aRefusalIsItsMessageAsASentenceBesideTheField() {
    FormValues typed = FormValues.empty();

    Object built =
        typed.build(
            "nhsNumber",
            () -> {
              throw new IllegalArgumentException("the check digit is wrong");
            });

    assertThat(built).isNull();
    assertThat(typed.errors().messageFor("nhsNumber")).contains("The check digit is wrong");
  }

  @Test
  void aRefusalWithoutWordsAsksToCheckTheAnswer() {
    FormValues typed = FormValues.empty();

    typed.build(
        "name",
        () -> {
          throw new NullPointerException();
        });

    assertThat(typed.errors().messageFor("name")).contains("Check this answer");
  }

  private static final List<Fields.Option> WHO =
      List.of(Fields.Option.of("TEAM", "The team"), Fields.Option.of("ME", "Me"));

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> options(FormValues typed) {
    Map<String, Object> model =
        new FormModel(typed).radios("who", "Who?", null, WHO, "TEAM").toMap();
    Map<String, Object> field = ((List<Map<String, Object>>) model.get("fields")).get(0);
    return (List<Map<String, Object>>) ((Map<String, Object>) field.get("radios")).get("options");
  }

  @Test
  void aPreselectedRadioIsCheckedUntilThePersonAnswers() {
    assertThat(options(FormValues.empty()))
        .extracting(option -> option.get("checked"))
        .containsExactly(true, false);
    assertThat(options(FormValues.of(Map.of("who", "ME"), FieldLimits.NONE)))
        .extracting(option -> option.get("checked"))
        .containsExactly(false, true);
  }
}
