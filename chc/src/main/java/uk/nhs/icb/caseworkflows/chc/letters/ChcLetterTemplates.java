package uk.nhs.icb.caseworkflows.chc.letters;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/** The Continuing Healthcare letters, registered so the letter engine finds them. */
public class ChcLetterTemplates implements LetterTemplates {

  private static final String FOLDER = "uk/nhs/icb/caseworkflows/chc/letters/";
  private static final List<String> KINDS =
      List.of(
          "chc-checklist-outcome",
          "chc-eligibility-decision",
          "chc-dst-summary",
          "chc-nursing-care",
          "chc-care-package",
          "chc-review",
          "chc-local-resolution-outcome",
          "chc-independent-review-outcome");

  @Override
  public List<String> resources() {
    return KINDS.stream().map(kind -> FOLDER + kind + ".html").toList();
  }
}
