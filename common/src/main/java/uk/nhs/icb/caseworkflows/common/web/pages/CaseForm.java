package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Map;
import java.util.Set;

/**
 * One form of a case, shown at {@code <case pages>/{id}/{path}} and posted back there. It reads
 * what was typed, calls its use case and says what happened for the banner; when the answers are
 * incomplete it leaves messages in {@link FormValues#errors()} and nothing is stored.
 *
 * @param <F> what the workflow reads of a case to show the form (its case file)
 */
public interface CaseForm<F> {

  /** The last segment of the form's address. */
  String path();

  /** The page's heading and title. */
  String title();

  /** The content template under {@code pages/}: the shared form, unless a step needs its own. */
  default String template() {
    return "common/case-form";
  }

  /** The id of the first field, where a message about the whole form is linked from. */
  String firstField();

  /** The roles that may use it. */
  Set<String> roles();

  /**
   * Whether sending it completes the BPMN step the case waits at (the handler then goes back to
   * their task list) or only records something on the file (back to the case page).
   */
  default boolean completesStep() {
    return true;
  }

  /** What the template shows besides the layout's own values: the fields and what the file says. */
  Map<String, Object> model(F file, FormValues typed);

  /** Does the work; returns the banner's words, or null when {@code typed} has errors. */
  String submit(String caseId, FormValues typed);
}
