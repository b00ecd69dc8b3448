package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintWithdrawal;

/** The complainant withdraws the complaint, at any step; what was disclosed stays on record. */
@ApplicationScoped
class WithdrawalForm extends NoteForm<ComplaintFile> {

  @Inject ComplaintWithdrawal withdrawal;

  WithdrawalForm() {
    super(
        "withdrawal",
        "Withdraw the complaint",
        "note",
        ComplaintCaseAccess.COMPLAINTS_TEAM,
        new Wording(
            "The work on the complaint stops and it closes as withdrawn. Anything already shared"
                + " stays recorded.",
            "What the complainant said",
            "For example, by phone on 3 March.",
            "Enter what the complainant said",
            "Withdraw the complaint",
            true));
  }

  @Override
  protected String record(String complaintId, String note) {
    withdrawal.withdraw(complaintId, note);
    return "The complaint was withdrawn and closed.";
  }
}
