package uk.nhs.icb.caseworkflows.bpmn.tasklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Checks the variables sent with a completed task. They are the decisions gateways route on
 * (booleans, numbers, short codes), never case data: personal data belongs in the case's entities,
 * so long text and nested structures are refused, as are the variables that identify the case.
 */
final class FormVariables {

  static final int MAX_TEXT = 200;
  static final int MAX_VARIABLES = 50;
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Set<String> RESERVED =
      Set.of(CaseKey.TYPE_VARIABLE, CaseKey.REFERENCE_VARIABLE);

  private FormVariables() {}

  static Map<String, Object> checked(Map<String, Object> sent) {
    if (sent == null) {
      return Map.of();
    }
    List<FieldError> errors = new ArrayList<>();
    if (sent.size() > MAX_VARIABLES) {
      throw new InvalidInputException("variables", "at most " + MAX_VARIABLES + " variables");
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    sent.forEach(
        (name, value) -> {
          String field = "variables." + name;
          if (name == null || !NAME.matcher(name).matches()) {
            errors.add(
                new FieldError(
                    "variables",
                    "a variable name must be a letter then letters, digits or _ (at most 64)"));
          } else if (RESERVED.contains(name)) {
            errors.add(new FieldError(field, "identifies the case and cannot be changed"));
          } else if (value instanceof String text && text.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
          } else if (value == null || value instanceof String || value instanceof Boolean) {
            variables.put(name, value);
          } else if (value instanceof BigDecimal number) {
            variables.put(name, simplest(number));
          } else if (value instanceof Number number) {
            variables.put(name, number);
          } else {
            errors.add(new FieldError(field, "must be text, a number, true/false or null"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return variables;
  }

  private static Object simplest(BigDecimal number) {
    try {
      return number.longValueExact();
    } catch (ArithmeticException notWhole) {
      return number.doubleValue();
    }
  }
}
