package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAcknowledgement;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading.ComplaintFile;

/** Acknowledges the complaint: the letter (and a consent form if one is missing) goes out. */
@ApplicationScoped
class AcknowledgementForm extends StepForm {

  @Inject ComplaintAcknowledgement acknowledgement;

  AcknowledgementForm() {
    super("acknowledgement", "Acknowledge the complaint", "submit");
  }

  @Override
  public Map<String, Object> model(ComplaintFile file, FormValues typed) {
    return new FormModel(typed)
        .intro(
            "The acknowledgement letter offers to discuss the complaint. If a consent is still"
                + " missing, a consent form goes with it and the complaint waits for consent.")
        .fact("Complainant", file.complaint().complainant().name())
        .fact("Received", PageText.date(file.complaint().receipt().receivedAt()))
        .fact("Acknowledge by", PageText.date(file.complaint().timetable().acknowledgementDue()))
        .submit("Send the acknowledgement", false)
        .toMap();
  }

  @Override
  public String submit(String complaintId, FormValues typed) {
    acknowledgement.acknowledge(complaintId);
    return "The complaint was acknowledged and the letter is on the case.";
  }
}
