package uk.nhs.icb.caseworkflows.common.governance.letters;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/** The information governance letters, registered so the letter engine finds them. */
public class GovernanceLetterTemplates implements LetterTemplates {

  private static final String FOLDER = "uk/nhs/icb/caseworkflows/common/governance/letters/";
  private static final List<String> KINDS =
      List.of("subject-access-response", "retention-destruction-certificate");

  @Override
  public List<String> resources() {
    return KINDS.stream().map(kind -> FOLDER + kind + ".html").toList();
  }
}
