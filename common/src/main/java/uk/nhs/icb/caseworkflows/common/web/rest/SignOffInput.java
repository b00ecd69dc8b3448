package uk.nhs.icb.caseworkflows.common.web.rest;

/**
 * A senior's sign-off of a draft over REST, the twin of the pages' {@code SignOffDecision}: a draft
 * returned without comments is refused naming {@value #COMMENTS}, as the one who wrote it needs to
 * know what should change.
 */
public final class SignOffInput {

  /** The field a return without comments is refused as. */
  public static final String COMMENTS = "comments";

  private SignOffInput() {}

  /** Refuses a return ({@code approved} false) whose {@code comments} are missing or blank. */
  public static void requireCommentsWhenReturned(boolean approved, String comments) {
    FieldInput.require(
        approved || (comments != null && !comments.isBlank()),
        COMMENTS,
        "say what should change when returning a draft");
  }
}
