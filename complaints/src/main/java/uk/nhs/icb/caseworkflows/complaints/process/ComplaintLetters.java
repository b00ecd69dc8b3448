package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterContents;
import uk.nhs.icb.caseworkflows.complaints.letters.LetterCircumstances;
import uk.nhs.icb.caseworkflows.complaints.letters.ResponseWording;
import uk.nhs.icb.caseworkflows.complaints.letters.ResponseWordings;

/**
 * Issues the letter the model names in {@code letterKind}, with the model's {@code anonymous},
 * {@code late} and {@code reminder} instructions, to the complaint's file, in the further forms the
 * recipient's communication needs ask for (large print, plain text).
 */
@Named("complaintLetters")
@ApplicationScoped
public class ComplaintLetters implements JavaDelegate {

  private final Complaints complaints;
  private final ComplaintLetterContents contents;
  private final LetterIssuing issuing;
  private final ComplaintConsentRecords consents;
  private final Instance<ResponseWordings> responses;

  @Inject
  public ComplaintLetters(
      Complaints complaints,
      ComplaintLetterContents contents,
      LetterIssuing issuing,
      ComplaintConsentRecords consents,
      Instance<ResponseWordings> responses) {
    this.complaints = complaints;
    this.contents = contents;
    this.issuing = issuing;
    this.consents = consents;
    this.responses = responses;
  }

  /** For the CDI proxy only. */
  protected ComplaintLetters() {
    this(null, null, null, null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = DelegateVariables.caseOf(execution, complaints::find, "complaint");
    String kind = DelegateVariables.instruction(execution, "letterKind");
    LetterCircumstances circumstances =
        new LetterCircumstances(
            DelegateVariables.flag(execution, "anonymous"),
            DelegateVariables.flag(execution, "late"),
            DelegateVariables.flag(execution, "reminder"),
            Boolean.FALSE.equals(execution.getVariable("consentComplete")),
            DelegateVariables.day(execution, "providerResponseDue"),
            consentsFor(kind, complaint),
            responseFor(kind, complaint).orElse(null));
    issuing.issue(
        Complaint.CASE_TYPE, complaint.id(), contents.letterOf(kind, complaint, circumstances));
  }

  // Only the letters that cite a consent or a signed-off response read them.
  private ConsentCheck consentsFor(String kind, Complaint complaint) {
    return ComplaintLetterContents.DISCLOSURE_NOTICE.equals(kind)
        ? consents.check(complaint.id())
        : ConsentCheck.none();
  }

  private Optional<ResponseWording> responseFor(String kind, Complaint complaint) {
    if (!ComplaintLetterContents.FINAL_RESPONSE.equals(kind) || !responses.isResolvable()) {
      return Optional.empty();
    }
    return responses.get().signedOffFor(complaint.id());
  }
}
