package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/** The complaint letters, registered so the letter engine finds them. */
public class ComplaintLetterTemplates implements LetterTemplates {

  private static final String FOLDER = "uk/nhs/icb/caseworkflows/complaints/letters/";
  private static final List<String> KINDS =
      List.of(
          "complaint-acknowledgement",
          "complaint-consent-form",
          "complaint-disclosure-notice",
          "complaint-identity-needed",
          "complaint-holding-letter",
          "complaint-final-response",
          "complaint-outside-remit");

  @Override
  public List<String> resources() {
    return KINDS.stream().map(kind -> FOLDER + kind + ".html").toList();
  }
}
