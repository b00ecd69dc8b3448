package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplates;

/**
 * The complaint letters, registered so the letter engine finds them; kinds as the contents name
 * them.
 */
public class ComplaintLetterTemplates implements LetterTemplates {

  private static final String FOLDER = "uk/nhs/icb/caseworkflows/complaints/letters/";
  private static final List<String> KINDS =
      List.of(
          ComplaintLetterContents.ACKNOWLEDGEMENT,
          ComplaintLetterContents.CONSENT_FORM,
          ComplaintLetterContents.DISCLOSURE_NOTICE,
          ComplaintLetterContents.IDENTITY_NEEDED,
          ComplaintLetterContents.HOLDING_LETTER,
          ComplaintLetterContents.FINAL_RESPONSE,
          ComplaintLetterContents.OUTSIDE_REMIT);

  @Override
  public List<String> resources() {
    return KINDS.stream().map(kind -> FOLDER + kind + ".html").toList();
  }
}
