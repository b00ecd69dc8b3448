package uk.nhs.icb.caseworkflows.chc.web.pages;

import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading.ChcFile;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;

/**
 * A form of a CHC case: the kit's introduced form, opening with the case's reference and the
 * person, and saying whether sending it completes the step the case waits at.
 */
abstract class ChcStepForm extends IntroducedForm<ChcFile> {

  private final boolean completesStep;

  ChcStepForm(
      String path,
      String title,
      String firstField,
      Set<String> roles,
      String intro,
      boolean completesStep) {
    super(path, title, firstField, roles, intro);
    this.completesStep = completesStep;
  }

  @Override
  public boolean completesStep() {
    return completesStep;
  }

  @Override
  protected void facts(ChcFile file, FormModel form) {
    form.fact("Reference", file.chcCase().reference());
    form.fact("Person", file.chcCase().person().name());
  }
}
