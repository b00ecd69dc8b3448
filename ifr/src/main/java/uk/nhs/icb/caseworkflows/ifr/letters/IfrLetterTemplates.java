package uk.nhs.icb.caseworkflows.ifr.letters;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/** The Individual Funding Request letters, registered so the letter engine finds them. */
public class IfrLetterTemplates implements LetterTemplates {

  private static final String FOLDER = "uk/nhs/icb/caseworkflows/ifr/letters/";
  private static final List<String> KINDS =
      List.of(
          "ifr-acknowledgement",
          "ifr-returned",
          "ifr-request-for-information",
          "ifr-screened-out",
          "ifr-decision",
          "ifr-decision-copy",
          "ifr-review-outcome");

  @Override
  public List<String> resources() {
    return KINDS.stream().map(kind -> FOLDER + kind + ".html").toList();
  }
}
