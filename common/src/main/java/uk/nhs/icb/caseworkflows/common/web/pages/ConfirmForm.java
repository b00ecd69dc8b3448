package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Map;
import java.util.Set;

/**
 * A form with no questions: it says what will happen, shows what the file says, and does it when
 * the button is pressed (acknowledge a case, restart a clock, finish an investigation, send a case
 * to its panel). Its first field is the button, where a message about the form is linked from.
 *
 * @param <F> what the workflow reads of a case
 */
public abstract class ConfirmForm<F> extends IntroducedForm<F> {

  /** The id of the button of {@code common/case-form}. */
  public static final String BUTTON = "submit";

  private final String button;

  /**
   * @param intro what pressing the button does, shown above the facts
   * @param button the button's words
   */
  protected ConfirmForm(String path, String title, Set<String> roles, String intro, String button) {
    super(path, title, BUTTON, roles, intro);
    this.button = button;
  }

  @Override
  public Map<String, Object> model(F file, FormValues typed) {
    return opening(file, typed).submit(button, false).toMap();
  }

  @Override
  public String submit(String caseId, FormValues typed) {
    return confirm(caseId);
  }

  /** Does the work; returns the banner's words. */
  protected abstract String confirm(String caseId);
}
