package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseConsentRecording;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.consent.domain.LawfulBasis;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Consent on a complaint file: recorded as given (and, once the file has all it needs, the wait for
 * consent ends), recorded as refused (the process closes the case), or withdrawn (work that relied
 * on it stops: the process closes the case; what was already disclosed stays recorded).
 */
@ApplicationScoped
public class ComplaintConsentRecording {

  /** Without these the complaint cannot be handled at all, so withdrawing one ends it. */
  private static final Set<ConsentPurpose> ESSENTIAL =
      Set.of(ConsentPurpose.PROCESS_CASE, ConsentPurpose.REPRESENTATIVE_TO_ACT);

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords records;
  private final CaseConsentRecording<Complaint> recording;

  @Inject
  public ComplaintConsentRecording(
      ComplaintSteps steps, ComplaintConsentRecords records, CaseConsents consents) {
    this.steps = steps;
    this.records = records;
    this.recording = new CaseConsentRecording<>(steps, consents);
  }

  protected ComplaintConsentRecording() {
    this(null, null, null);
  }

  /** Whose consent it is: the complainant's, or the patient's when someone complains for them. */
  public enum Whose {
    COMPLAINANT,
    PATIENT
  }

  @Transactional
  public ConsentRecord record(
      String id,
      Whose person,
      ConsentGiver givenBy,
      ConsentPurpose purpose,
      ConsentMethod how,
      Instant givenAt) {
    Complaint complaint = steps.file(id);
    ConsentRecord consent =
        recording.record(complaint, file -> subject(file, person), givenBy, purpose, how, givenAt);
    steps
        .waitingAt(complaint, ComplaintTask.RECORD_CONSENT)
        .filter(step -> records.allGiven(complaint, steps.now()))
        .ifPresent(step -> steps.complete(complaint, step, Map.of("consentGiven", true)));
    return consent;
  }

  /**
   * The Caldicott Guardian (the caller) approves sharing the information of the person {@code
   * whose} names without their consent, on a lawful basis. A file waiting for consent goes on to
   * its plan when this was all it lacked.
   */
  @Transactional
  public SharingWithoutConsent approveWithoutConsent(
      String id, Whose person, ConsentPurpose purpose, LawfulBasis basis, String justification) {
    Complaint complaint = steps.file(id);
    SharingWithoutConsent approved =
        recording.approveWithoutConsent(
            complaint, file -> subject(file, person), purpose, basis, justification);
    steps
        .waitingAt(complaint, ComplaintTask.RECORD_CONSENT)
        .filter(step -> records.allGiven(complaint, steps.now()))
        .ifPresent(step -> steps.complete(complaint, step, Map.of("consentGiven", true)));
    return approved;
  }

  @Transactional
  public void recordRefusal(String id, String note) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.RECORD_CONSENT, "consent");
    steps.audit("CONSENT_REFUSED", id, note == null ? "" : note);
    steps.complete(complaint, step, Map.of("consentGiven", false));
  }

  @Transactional
  public ConsentRecord withdraw(String id, String consentId, ConsentMethod how, String reason) {
    Complaint complaint = steps.file(id);
    ConsentRecord consent = recording.withdraw(complaint, consentId, how, reason);
    if (!complaint.isClosed() && ESSENTIAL.contains(consent.purpose())) {
      steps.tellProcess("ConsentWithdrawn", id);
    }
    return consent;
  }

  // The roles match those the complaint file asks consent of (see the domain's consent needs).
  private static ConsentSubject subject(Complaint complaint, Whose person) {
    if (person == Whose.COMPLAINANT) {
      return ConsentSubject.of(complaint.complainant().name(), "complainant");
    }
    return complaint
        .affectedPerson()
        .map(patient -> ConsentSubject.of(patient.name(), "patient"))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "whose",
                    "this complaint is made by the patient: record the complainant's consent"));
  }
}
