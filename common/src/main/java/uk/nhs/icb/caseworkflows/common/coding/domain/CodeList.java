package uk.nhs.icb.caseworkflows.common.coding.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A named list of codes in the order a form offers them. It refuses a code it does not hold, naming
 * the field and the list but never echoing what was sent (it may be anything a caller typed).
 */
public final class CodeList {

  private final String name;
  private final List<Code> codes;

  public CodeList(String name, List<Code> codes) {
    this.name = Text.required(name, "the name of a code list");
    if (codes == null || codes.isEmpty()) {
      throw new IllegalArgumentException("code list " + name + " has no codes");
    }
    Set<String> seen = new HashSet<>();
    for (Code code : codes) {
      if (!seen.add(code.code())) {
        throw new IllegalArgumentException(
            "code list " + name + " has code " + code.code() + " twice");
      }
    }
    this.codes = List.copyOf(codes);
  }

  public String name() {
    return name;
  }

  public List<Code> codes() {
    return codes;
  }

  public Optional<Code> find(String code) {
    return codes.stream().filter(entry -> entry.code().equals(code)).findFirst();
  }

  /**
   * The label of a stored code; a code since retired from the list reads as itself, so old cases
   * still show what they were coded as.
   */
  public String labelOf(String code) {
    return find(code).map(Code::label).orElse(code);
  }

  /** The code, if this list holds it; otherwise 400 on {@code field}. */
  public Code require(String code, String field) {
    List<FieldError> errors = new ArrayList<>();
    Code found = check(code, field, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return found;
  }

  /** As {@link #require}, adding the refusal to {@code errors} so a form can report them all. */
  public Code check(String code, String field, List<FieldError> errors) {
    if (code == null || code.isBlank()) {
      errors.add(new FieldError(field, "Choose one of the " + name + " codes"));
      return null;
    }
    Optional<Code> found = find(code);
    if (found.isEmpty()) {
      errors.add(new FieldError(field, "Not one of the " + name + " codes"));
      return null;
    }
    return found.get();
  }

  /** Every code of {@code chosen}, each once, in the order given; an unknown one is refused. */
  public List<Code> checkAll(List<String> chosen, String field, List<FieldError> errors) {
    List<Code> found = new ArrayList<>();
    for (String code : chosen == null ? List.<String>of() : chosen) {
      Code known = check(code, field, errors);
      if (known != null && !found.contains(known)) {
        found.add(known);
      }
    }
    return found;
  }
}
