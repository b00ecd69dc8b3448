package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.Set;

/**
 * A {@link NamedForm} told its roles when it is made, that opens with a paragraph saying what it is
 * for (or none) and what the file says: the shared start of the kit's note, confirm and decision
 * forms.
 *
 * @param <F> what the workflow reads of a case
 */
public abstract class IntroducedForm<F> extends NamedForm<F> {

  private final Set<String> roles;
  private final String intro;

  protected IntroducedForm(
      String path, String title, String firstField, Set<String> roles, String intro) {
    super(path, title, firstField);
    this.roles = Set.copyOf(roles);
    this.intro = intro;
  }

  @Override
  public Set<String> roles() {
    return roles;
  }

  /** A form model opening with the introduction, if any, and then the file's facts. */
  protected FormModel opening(F file, FormValues typed) {
    FormModel form = new FormModel(typed);
    if (intro != null) {
      form.intro(intro);
    }
    Long version = versionOf(file);
    if (version != null) {
      form.version(version);
    }
    facts(file, form);
    return form;
  }

  /**
   * The version of the case as read for this form, sent back with it (see {@link
   * FormModel#version}) so a stale edit is refused; null, the default, for a form that does not
   * edit the case itself (it only adds a record beside it).
   */
  protected Long versionOf(F file) {
    return null;
  }

  /** What the file says that the form shows under the introduction; none unless overridden. */
  protected void facts(F file, FormModel form) {}
}
