package uk.nhs.icb.caseworkflows.common.web.pages;

/**
 * A {@link CaseForm} told once, when it is made, its address segment, its title and the id of its
 * first field, so that each form of a workflow says only what it shows and what it does.
 *
 * @param <F> what the workflow reads of a case
 */
public abstract class NamedForm<F> implements CaseForm<F> {

  private final String path;
  private final String title;
  private final String firstField;

  protected NamedForm(String path, String title, String firstField) {
    this.path = path;
    this.title = title;
    this.firstField = firstField;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String firstField() {
    return firstField;
  }
}
