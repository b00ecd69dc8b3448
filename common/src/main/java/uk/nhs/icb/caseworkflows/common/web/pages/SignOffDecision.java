package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * A senior's decision on a draft someone else prepared: sign it off, or return it with comments
 * saying what should change (a complaint's response, a CHC recommendation, an IFR screening). The
 * workflow words what signing off does; comments are required only when the draft goes back.
 */
public final class SignOffDecision {

  public static final String DECISION = "decision";
  public static final String COMMENTS = "comments";

  /** The first radio, where a missing decision is linked from. */
  public static final String FIRST_FIELD = DECISION + "-approve";

  /** Signed off (with any comments), or returned with comments. */
  public record Decision(boolean approved, String comments) {}

  private final String hint;
  private final String approveLabel;
  private final String returnLabel;

  /**
   * @param hint what signing off does, under the question
   * @param approveLabel the words of the sign-off choice
   * @param returnLabel the words of the return choice
   */
  public SignOffDecision(String hint, String approveLabel, String returnLabel) {
    this.hint = hint;
    this.approveLabel = approveLabel;
    this.returnLabel = returnLabel;
  }

  /** Adds the decision and the comments to {@code form}. */
  public FormModel askIn(FormModel form) {
    return form.radios(
            DECISION,
            "Your decision",
            hint,
            List.of(
                Fields.Option.of("approve", approveLabel), Fields.Option.of("return", returnLabel)))
        .textarea(COMMENTS, "Comments", "Needed when you return the draft.");
  }

  /**
   * The decision, or empty when the form has any error: no decision, or a return without comments,
   * each with its message beside the field.
   */
  public Optional<Decision> readFrom(FormValues typed) {
    String decision = typed.text(DECISION, null);
    if (!"approve".equals(decision) && !"return".equals(decision)) {
      typed.errors().add(FIRST_FIELD, "Select whether you sign off or return the draft");
    }
    String comments = typed.text(COMMENTS, null);
    if ("return".equals(decision) && comments == null) {
      typed.errors().add(COMMENTS, "Enter what should change");
    }
    if (!typed.errors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Decision("approve".equals(decision), comments));
  }
}
