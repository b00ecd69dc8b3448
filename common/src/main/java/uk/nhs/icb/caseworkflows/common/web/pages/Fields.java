package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the field partials print ({@code common/field-input}, {@code field-textarea}, {@code
 * field-radios}, {@code common/date-input}): label, hint, what was typed and the message beside the
 * field, in the NHS design system's pattern.
 */
public final class Fields {

  /** A radio button: its value, its label, and an optional hint under it. */
  public record Option(String value, String label, String hint) {
    public static Option of(String value, String label) {
      return new Option(value, label, null);
    }

    /** One option per constant, valued by its name and labelled in words ("Face to face"). */
    public static List<Option> words(Enum<?>[] constants) {
      return Arrays.stream(constants)
          .map(constant -> of(constant.name(), PageText.words(constant)))
          .toList();
    }
  }

  public static final List<Option> YES_NO = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));

  private Fields() {}

  public static Map<String, Object> input(
      String name, String label, String hint, FormValues typed) {
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", name);
    field.put("label", label);
    field.put("hint", hint);
    field.put("value", typed.typed(name));
    field.put("error", typed.errors().messageFor(name).orElse(null));
    return field;
  }

  public static Map<String, Object> radios(
      String name, String legend, String hint, List<Option> options, FormValues typed) {
    return choices(name, legend, hint, options, typed, false, null);
  }

  /**
   * Radios with the option valued {@code preselected} checked until the person answers: a safe
   * default the form offers on its first view.
   */
  public static Map<String, Object> radios(
      String name,
      String legend,
      String hint,
      List<Option> options,
      FormValues typed,
      String preselected) {
    return choices(name, legend, hint, options, typed, false, preselected);
  }

  /**
   * A group of checkboxes, any number ticked. Each box is its own form field, {@code name-value}
   * (valued {@code value}), so a form reads it like any other answer; a message for the group is
   * shown against its first box.
   */
  public static Map<String, Object> checkboxes(
      String name, String legend, String hint, List<Option> options, FormValues typed) {
    return choices(name, legend, hint, options, typed, true, null);
  }

  /** Radios share the group's name; checkboxes are each their own field, named by their id. */
  private static Map<String, Object> choices(
      String name,
      String legend,
      String hint,
      List<Option> options,
      FormValues typed,
      boolean eachItsOwnField,
      String preselected) {
    boolean unanswered = typed.typed(name).isEmpty();
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", name);
    field.put("legend", legend);
    field.put("hint", hint);
    // An error is keyed to the first choice, where the error summary's link lands; a question
    // with nothing to choose from yet (no referral awaiting a decision) keeps it on its name.
    field.put(
        "error",
        typed
            .errors()
            .messageFor(options.isEmpty() ? name : name + "-" + options.get(0).value())
            .orElse(null));
    field.put(
        "options",
        options.stream()
            .map(
                option -> {
                  String id = name + "-" + option.value();
                  Map<String, Object> choice = new LinkedHashMap<>();
                  choice.put("id", id);
                  if (!eachItsOwnField) {
                    choice.put("name", name);
                  }
                  choice.put("value", option.value());
                  choice.put("label", option.label());
                  choice.put("hint", option.hint());
                  choice.put(
                      "checked",
                      typed.isChecked(eachItsOwnField ? id : name, option.value())
                          || unanswered && option.value().equals(preselected));
                  return choice;
                })
            .toList());
    return field;
  }

  public static Map<String, Object> date(
      String name, String legend, String hint, FormValues typed) {
    DateInput.Result date =
        typed.typedDate(name).orElseGet(() -> DateInput.parse(name, legend, false, "", "", ""));
    return date.model(legend, hint);
  }

  /** The options of a filter's select: "any" first, then each option, the chosen one selected. */
  public static List<Map<String, Object>> select(
      String anyText, List<Option> options, String selected) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(Map.of("value", "", "text", anyText, "selected", selected.isEmpty()));
    for (Option option : options) {
      all.add(
          Map.of(
              "value",
              option.value(),
              "text",
              option.label(),
              "selected",
              option.value().equals(selected)));
    }
    return all;
  }
}
