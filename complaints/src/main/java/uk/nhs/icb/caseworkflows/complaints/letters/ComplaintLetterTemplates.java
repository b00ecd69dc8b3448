package uk.nhs.icb.caseworkflows.complaints.letters;

import uk.nhs.icb.caseworkflows.common.letters.application.FolderLetterTemplates;

/**
 * The complaint letters, registered so the letter engine finds them; kinds as the contents name
 * them.
 */
public class ComplaintLetterTemplates extends FolderLetterTemplates {

  public ComplaintLetterTemplates() {
    super(
        "uk/nhs/icb/caseworkflows/complaints/letters/",
        ComplaintLetterContents.ACKNOWLEDGEMENT,
        ComplaintLetterContents.CONSENT_FORM,
        ComplaintLetterContents.DISCLOSURE_NOTICE,
        ComplaintLetterContents.IDENTITY_NEEDED,
        ComplaintLetterContents.HOLDING_LETTER,
        ComplaintLetterContents.FINAL_RESPONSE,
        ComplaintLetterContents.OUTSIDE_REMIT,
        ComplaintLetterContents.CONSENT_DECLINED,
        ComplaintLetterContents.STANDING_REFUSED,
        ComplaintLetterContents.TRANSFERRED,
        ComplaintLetterContents.TRANSFER_NOTICE,
        ComplaintLetterContents.JOINT_HANDLING,
        ComplaintLetterContents.CLOCK_STOPPED,
        ComplaintLetterContents.CLOCK_RESTARTED,
        ComplaintLetterContents.RESPONSE_DATE_CHANGED,
        ComplaintLetterContents.WITHDRAWAL_RECEIVED,
        ComplaintLetterContents.PLAN_CONFIRMED,
        ComplaintLetterContents.IDENTITY_REMINDER,
        ComplaintLetterContents.CLOSED_NO_REPLY,
        ComplaintLetterContents.CONSENT_WITHDRAWN,
        ComplaintLetterContents.CONSENT_WITHDRAWAL_STOPS_A_STEP,
        ComplaintLetterContents.CONSENT_WITHDRAWAL_NOTED);
  }
}
