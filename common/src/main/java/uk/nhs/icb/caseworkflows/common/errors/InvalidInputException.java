package uk.nhs.icb.caseworkflows.common.errors;

import java.util.List;

/**
 * Input that fails a rule which bean validation cannot express; answered with 400 and its fields.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("invalid input: " + errors.stream().map(FieldError::field).toList());
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldError(field, reason)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
