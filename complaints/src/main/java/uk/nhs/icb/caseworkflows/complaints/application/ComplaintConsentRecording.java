package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
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
  private final CaseProcesses processes;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public ComplaintConsentRecording(
      ComplaintSteps steps,
      ComplaintConsentRecords records,
      CaseProcesses processes,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.steps = steps;
    this.records = records;
    this.processes = processes;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  protected ComplaintConsentRecording() {
    this(null, null, null, null, null, null);
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
    if (complaint.isClosed()) {
      throw new ConflictProblem("This complaint is closed; its consents can no longer change.");
    }
    ConsentSubject whose = subject(complaint, person);
    ConsentRecord consent =
        ConsentRecord.given(
            Complaint.CASE_TYPE, id, whose, givenBy, purpose, how, givenAt, caller.get().name());
    records.add(consent);
    auditTrail.record(
        AuditEntry.change(
            "CONSENT_RECORDED", Complaint.CASE_TYPE, id, purpose + " for " + whose.roleInCase()));
    steps
        .waitingAt(complaint, ComplaintTask.RECORD_CONSENT)
        .filter(step -> records.allGiven(complaint, clock.instant()))
        .ifPresent(step -> steps.complete(complaint, step, Map.of("consentGiven", true)));
    return consent;
  }

  @Transactional
  public void recordRefusal(String id, String note) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.RECORD_CONSENT, "consent");
    auditTrail.record(
        AuditEntry.change("CONSENT_REFUSED", Complaint.CASE_TYPE, id, note == null ? "" : note));
    steps.complete(complaint, step, Map.of("consentGiven", false));
  }

  @Transactional
  public ConsentRecord withdraw(String id, String consentId, ConsentMethod how, String reason) {
    Complaint complaint = steps.file(id);
    ConsentRecord consent = records.find(id, consentId);
    consent.withdraw(clock.instant(), how, caller.get().name(), reason);
    auditTrail.record(
        AuditEntry.change(
            "CONSENT_WITHDRAWN", Complaint.CASE_TYPE, id, consent.purpose() + " " + consentId));
    if (!complaint.isClosed() && ESSENTIAL.contains(consent.purpose())) {
      processes.correlate("ConsentWithdrawn", id, Map.of());
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
