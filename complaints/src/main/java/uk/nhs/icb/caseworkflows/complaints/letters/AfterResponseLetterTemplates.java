package uk.nhs.icb.caseworkflows.complaints.letters;

import uk.nhs.icb.caseworkflows.common.letters.application.FolderLetterTemplates;

/** The letters of further local resolution, registered so the letter engine finds them. */
public class AfterResponseLetterTemplates extends FolderLetterTemplates {

  public AfterResponseLetterTemplates() {
    super(
        "uk/nhs/icb/caseworkflows/complaints/letters/",
        AfterResponseLetters.REOPENED,
        AfterResponseLetters.FURTHER_RESPONSE);
  }
}
