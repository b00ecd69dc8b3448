package uk.nhs.icb.caseworkflows.common.errors;

/**
 * A request body refused for what it is rather than how it is phrased: too large (413) or of a type
 * this address does not take (415). Answered as problem+json naming the field that carried it, so a
 * client can tell which part of its request to change.
 */
public class ContentProblem extends RuntimeException {

  private final int status;
  private final String title;
  private final FieldError field;

  private ContentProblem(int status, String title, String detail, FieldError field) {
    super(detail);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  public static ContentProblem tooLarge(String detail, String field, String reason) {
    return new ContentProblem(413, "Content Too Large", detail, new FieldError(field, reason));
  }

  public static ContentProblem unsupportedType(String detail, String field, String reason) {
    return new ContentProblem(415, "Unsupported Media Type", detail, new FieldError(field, reason));
  }

  public int status() {
    return status;
  }

  public FieldError field() {
    return field;
  }

  Problem toProblem() {
    return new Problem("about:blank", title, status, getMessage(), java.util.List.of(field), null);
  }
}
