package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one form, in order, for the shared form template ({@code common/case-form}, or
 * {@code common/fields} inside a template of its own): an introduction, facts from the file as a
 * summary list, then the questions.
 */
public final class FormModel {

  private final FormValues typed;
  private final List<Map<String, Object>> fields = new ArrayList<>();
  private final List<Map<String, String>> facts = new ArrayList<>();
  private final List<String> intro = new ArrayList<>();
  private final List<Map<String, String>> hidden = new ArrayList<>();
  private String submitLabel = "Save and continue";
  private boolean warning;
  private boolean multipart;

  public FormModel(FormValues typed) {
    this.typed = typed;
  }

  public FormModel intro(String paragraph) {
    intro.add(paragraph);
    return this;
  }

  public FormModel fact(String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(Map.of("key", key, "value", value));
    }
    return this;
  }

  public FormModel input(String name, String label, String hint) {
    return add("input", Fields.input(name, label, hint, typed));
  }

  public FormModel textarea(String name, String label, String hint) {
    return add("textarea", Fields.input(name, label, hint, typed));
  }

  public FormModel yesNo(String name, String legend, String hint) {
    return radios(name, legend, hint, Fields.YES_NO);
  }

  public FormModel radios(String name, String legend, String hint, List<Fields.Option> options) {
    return add("radios", Fields.radios(name, legend, hint, options, typed));
  }

  /** Radios with {@code preselected} checked on a first view, until the person answers. */
  public FormModel radios(
      String name, String legend, String hint, List<Fields.Option> options, String preselected) {
    return add("radios", Fields.radios(name, legend, hint, options, typed, preselected));
  }

  /** Checkboxes, any number ticked; read back with {@link FormValues#ticked}. */
  public FormModel checkboxes(
      String name, String legend, String hint, List<Fields.Option> options) {
    return add("checkboxes", Fields.checkboxes(name, legend, hint, options, typed));
  }

  public FormModel date(String name, String legend, String hint) {
    return add("date", Fields.date(name, legend, hint, typed));
  }

  /**
   * A file input; the form is then sent as multipart/form-data. {@code accept} only helps the
   * browser's file picker: the server judges the file by its bytes.
   */
  public FormModel file(String name, String label, String hint, String accept) {
    Map<String, Object> field = Fields.input(name, label, hint, typed);
    field.put("accept", accept);
    multipart = true;
    return add("file", field);
  }

  /** A value the form sends back unseen, such as the version it was drawn from. */
  public FormModel hidden(String name, String value) {
    hidden.add(Map.of("name", name, "value", value));
    return this;
  }

  /**
   * The version of the case this form was drawn from, sent back as {@value FormValues#VERSION} so
   * the use case can refuse the edit if someone saved the case in between. A form shown again with
   * its messages keeps the version it was first drawn from, not {@code current}: the person has not
   * seen the newer case yet, so sending it again is still refused until they reload.
   */
  public FormModel version(long current) {
    String drawnFrom = typed.typed(FormValues.VERSION);
    return hidden(FormValues.VERSION, drawnFrom.isEmpty() ? String.valueOf(current) : drawnFrom);
  }

  /** The button's words; a warning button for steps that close or withdraw. */
  public FormModel submit(String label, boolean isWarning) {
    this.submitLabel = label;
    this.warning = isWarning;
    return this;
  }

  /**
   * The form as a page of its own template (an intake, which has no case yet): the title is also
   * its heading ({@code formTitle}) and {@code action} is where it posts.
   */
  public PageView page(String title, String template, String action) {
    Map<String, Object> model = toMap();
    model.put("formTitle", title);
    model.put("action", action);
    return PageView.of(title, template, model);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("intro", intro);
    model.put("facts", facts);
    model.put("hasFacts", !facts.isEmpty());
    model.put("fields", fields);
    model.put("hiddenFields", hidden);
    model.put("submitLabel", submitLabel);
    model.put("warningButton", warning);
    model.put("multipart", multipart);
    return model;
  }

  private FormModel add(String kind, Map<String, Object> field) {
    fields.add(Map.of(kind, field));
    return this;
  }
}
