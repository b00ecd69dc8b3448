package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Map;
import java.util.Set;

/**
 * A form whose one question is a required text area: a withdrawal and what the person said, a
 * refusal and what happened, a clock stopped and why, a review and what it found. The workflow
 * gives its words and what the note does; the kit shows the form and refuses a blank or too long
 * note beside the field.
 *
 * @param <F> what the workflow reads of a case
 */
public abstract class NoteForm<F> extends IntroducedForm<F> {

  /**
   * What the form says: a paragraph above the question (or null), the question's label and hint,
   * the message when it is left blank, and the button (a warning button for a step that closes or
   * withdraws).
   */
  public record Wording(
      String intro, String label, String hint, String missing, String button, boolean warning) {}

  private final String field;
  private final Wording wording;

  protected NoteForm(String path, String title, String field, Set<String> roles, Wording wording) {
    super(path, title, field, roles, wording.intro());
    this.field = field;
    this.wording = wording;
  }

  @Override
  public Map<String, Object> model(F file, FormValues typed) {
    return opening(file, typed)
        .textarea(field, wording.label(), wording.hint())
        .submit(wording.button(), wording.warning())
        .toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    String note = typed.text(field, wording.missing());
    if (!typed.errors().isEmpty()) {
      return null;
    }
    return record(caseId, note);
  }

  /** Does the work with the note as typed (trimmed); returns the banner's words. */
  protected abstract String record(String caseId, String note);
}
