package uk.nhs.icb.caseworkflows.complaints.stories.letters;

import uk.nhs.icb.caseworkflows.common.letters.application.FolderLetterTemplates;

/**
 * The letters asking consent to publish an anonymised story, and the one reminder, registered so
 * the letter engine (and the build's PDF/A and PDF/UA check of every template) finds them.
 */
public class StoryLetterTemplates extends FolderLetterTemplates {

  public static final String CONSENT_REQUEST = "story-consent-request";
  public static final String CONSENT_REMINDER = "story-consent-reminder";

  public StoryLetterTemplates() {
    super(
        "uk/nhs/icb/caseworkflows/complaints/stories/letters/", CONSENT_REQUEST, CONSENT_REMINDER);
  }
}
