package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a posted form, in the NHS pattern: a summary headed "There is a problem" at
 * the top of the page, each message a link to the field it is about, and the same message beside
 * that field. Field ids are those of the inputs (for a date, the id of its first wrong part).
 */
public final class FormErrors {

  /** One message about one field. */
  public record FieldProblem(String fieldId, String message) {

    public String href() {
      return "#" + fieldId;
    }
  }

  private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

  /** Adds a message; the first one for a field wins, as the user can fix one thing at a time. */
  public FormErrors add(String fieldId, String message) {
    problems.putIfAbsent(fieldId, new FieldProblem(fieldId, message));
    return this;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> all() {
    return new ArrayList<>(problems.values());
  }

  public Optional<String> messageFor(String fieldId) {
    return Optional.ofNullable(problems.get(fieldId)).map(FieldProblem::message);
  }

  /**
   * The values templates use: {@code hasErrors} and {@code errorSummary} (the list, for {@code {{>
   * common/error-summary}}}) and {@code errors} (message by field id, for {@code
   * {{#errors.username}}...{{/errors.username}}} beside a field).
   */
  public Map<String, Object> model() {
    Map<String, String> byField = new LinkedHashMap<>();
    problems.forEach((id, problem) -> byField.put(id, problem.message()));
    return Map.of("hasErrors", !problems.isEmpty(), "errorSummary", all(), "errors", byField);
  }
}
