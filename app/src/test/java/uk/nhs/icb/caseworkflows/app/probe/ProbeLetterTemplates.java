package uk.nhs.icb.caseworkflows.app.probe;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/** The probe case's one letter, registered like any module's templates. */
public class ProbeLetterTemplates implements LetterTemplates {

  @Override
  public List<String> resources() {
    return List.of("probe/letters/probe-letter.html");
  }
}
