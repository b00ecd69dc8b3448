package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
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
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ConsentReliance;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterContents;

/**
 * Consent on a complaint file: recorded as given (and, once the file has all it needs, the wait for
 * consent ends), recorded as refused (the process closes the case), or withdrawn (work that relied
 * on it stops: the process closes the case; what was already disclosed stays recorded).
 */
@ApplicationScoped
public class ComplaintConsentRecording {

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords records;
  private final CaseConsentRecording<Complaint> recording;
  private final ComplaintLetterContents letters;
  private final LetterIssuing issuing;

  @Inject
  public ComplaintConsentRecording(
      ComplaintSteps steps,
      ComplaintConsentRecords records,
      CaseConsents consents,
      ComplaintLetterContents letters,
      LetterIssuing issuing) {
    this.steps = steps;
    this.records = records;
    this.recording = new CaseConsentRecording<>(steps, consents);
    this.letters = letters;
    this.issuing = issuing;
  }

  protected ComplaintConsentRecording() {
    this(null, null, null, null, null);
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

  /**
   * Withdraws a consent and acts on what relied on it (issue 14 point 10), telling the complainant
   * in the same transaction: a consent the whole complaint needs closes it (the process closes the
   * file); one a step still to come needs stops that step (the notice to the organisation
   * complained about, or asking it for more, or naming the complainant to it: the consent checks of
   * those steps now refuse them) and says what happens next; any other is recorded and
   * acknowledged.
   */
  @Transactional
  public ConsentRecord withdraw(String id, String consentId, ConsentMethod how, String reason) {
    Complaint complaint = steps.file(id);
    ConsentRecord consent = recording.withdraw(complaint, consentId, how, reason);
    ConsentReliance reliance = complaint.relianceOn(consent.purpose());
    issuing.issue(
        Complaint.CASE_TYPE, id, letters.consentWithdrawalLetter(complaint, consent, reliance));
    steps.audit("CONSENT_WITHDRAWAL_ACTED_ON", id, consent.purpose() + " relied on by " + reliance);
    if (reliance == ConsentReliance.THE_COMPLAINT) {
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
