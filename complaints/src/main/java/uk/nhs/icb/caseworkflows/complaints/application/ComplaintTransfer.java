package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Transfer;

/**
 * Passes a complaint, before its plan is agreed, to the provider to handle (regulation 7(5)), with
 * the complainant's consent to the transfer and the patient's to sharing their information. The
 * file records the transfer and the disclosure; the process then writes to the complainant and to
 * the provider and closes the file as transferred. Without either consent nothing changes.
 */
@ApplicationScoped
public class ComplaintTransfer {

  /** The message that starts the process's transfer: letters, then closure as transferred. */
  public static final String MESSAGE = "ComplaintTransferred";

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords consents;

  @Inject
  public ComplaintTransfer(ComplaintSteps steps, ComplaintConsentRecords consents) {
    this.steps = steps;
    this.consents = consents;
  }

  protected ComplaintTransfer() {
    this(null, null);
  }

  /**
   * @param provider null or blank for the organisation the complaint is about
   */
  @Transactional
  public Complaint transfer(String id, String provider, String whyBetterPlaced) {
    Complaint complaint = steps.file(id);
    String to =
        provider == null || provider.isBlank()
            ? complaint.subject().organisationOrService()
            : provider;
    complaint.transferToProvider(
        to, whyBetterPlaced, new ConsentCheck(consents.of(id)), steps.now(), steps.callerName());
    Transfer transfer = complaint.transfer().orElseThrow();
    // Consent ids only: who it went to and why are on the file, the trail says which consents.
    steps.audit(
        "COMPLAINT_TRANSFERRED",
        id,
        "consent " + transfer.complainantConsentId() + "; shared on " + transfer.shareConsentId());
    steps.tellProcess(MESSAGE, id);
    return complaint;
  }
}
