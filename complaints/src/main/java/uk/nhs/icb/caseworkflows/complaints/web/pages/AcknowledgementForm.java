package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.web.pages.ConfirmForm;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAcknowledgement;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/** Acknowledges the complaint: the letter (and a consent form if one is missing) goes out. */
@ApplicationScoped
class AcknowledgementForm extends ConfirmForm<ComplaintFile> {

  @Inject ComplaintAcknowledgement acknowledgement;

  AcknowledgementForm() {
    super(
        "acknowledgement",
        "Acknowledge the complaint",
        ComplaintCaseAccess.COMPLAINTS_TEAM,
        "The acknowledgement letter offers to discuss the complaint. If a consent is still"
            + " missing, a consent form goes with it and the complaint waits for consent.",
        "Send the acknowledgement");
  }

  @Override
  protected void facts(ComplaintFile file, FormModel form) {
    form.fact("Complainant", file.complaint().complainant().name())
        .fact("Received", PageText.date(file.complaint().receipt().receivedAt()))
        .fact("Acknowledge by", PageText.date(file.complaint().timetable().acknowledgementDue()));
  }

  @Override
  protected String confirm(String complaintId) {
    acknowledgement.acknowledge(complaintId);
    return "The complaint was acknowledged and the letter is on the case.";
  }
}
