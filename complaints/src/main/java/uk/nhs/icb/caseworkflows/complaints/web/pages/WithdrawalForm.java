package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintWithdrawal;

/** The complainant withdraws the complaint, at any step; what was disclosed stays on record. */
@ApplicationScoped
class WithdrawalForm extends StepForm {

  @Inject ComplaintWithdrawal withdrawal;

  WithdrawalForm() {
    super("withdrawal", "Withdraw the complaint", "note");
  }

  @Override
  public Map<String, Object> model(ComplaintFile file, FormValues typed) {
    return new FormModel(typed)
        .intro(
            "The work on the complaint stops and it closes as withdrawn. Anything already shared"
                + " stays recorded.")
        .textarea("note", "What the complainant said", "For example, by phone on 3 March.")
        .submit("Withdraw the complaint", true)
        .toMap();
  }

  @Override
  public String submit(String complaintId, FormValues typed) {
    String note = typed.text("note", "Enter what the complainant said");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    withdrawal.withdraw(complaintId, note);
    return "The complaint was withdrawn and closed.";
  }
}
