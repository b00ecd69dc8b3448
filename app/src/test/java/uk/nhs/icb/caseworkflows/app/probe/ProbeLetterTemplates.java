package uk.nhs.icb.caseworkflows.app.probe;

import uk.nhs.icb.caseworkflows.common.letters.application.FolderLetterTemplates;

/** The probe case's one letter, registered like any module's templates. */
public class ProbeLetterTemplates extends FolderLetterTemplates {

  public ProbeLetterTemplates() {
    super("probe/letters/", "probe-letter");
  }
}
