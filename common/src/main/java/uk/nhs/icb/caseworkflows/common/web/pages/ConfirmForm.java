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
public abstract class ConfirmForm<F> extends NamedForm<F> {

  /** The id of the button of {@code common/case-form}. */
  public static final String BUTTON = "submit";

  private final Set<String> roles;
  private final String intro;
  private final String button;

  /**
   * @param intro what pressing the button does, shown above the facts
   * @param button the button's words
   */
  protected ConfirmForm(String path, String title, Set<String> roles, String intro, String button) {
    super(path, title, BUTTON);
    this.roles = Set.copyOf(roles);
    this.intro = intro;
    this.button = button;
  }

  @Override
  public Set<String> roles() {
    return roles;
  }

  @Override
  public Map<String, Object> model(F file, FormValues typed) {
    FormModel form = new FormModel(typed).intro(intro);
    facts(file, form);
    return form.submit(button, false).toMap();
  }

  /** What the file says that the form shows under the introduction; none unless overridden. */
  protected void facts(F file, FormModel form) {}

  @Override
  public String submit(String caseId, FormValues typed) {
    return confirm(caseId);
  }

  /** Does the work; returns the banner's words. */
  protected abstract String confirm(String caseId);
}
