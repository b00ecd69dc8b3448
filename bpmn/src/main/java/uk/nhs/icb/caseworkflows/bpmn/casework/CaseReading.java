package uk.nhs.icb.caseworkflows.bpmn.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditSearch;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/**
 * Reads what every case keeps beside its file, within the caller's transaction. Reading a case is a
 * read of identifiable data, so it is audited first; the history read back includes that entry.
 */
@ApplicationScoped
public class CaseReading {

  private final CaseConsents consents;
  private final CaseProcesses processes;
  private final CaseLetters letters;
  private final AuditTrail auditTrail;
  private final AuditSearch auditSearch;
  private final RetentionRegister retention;

  @Inject
  public CaseReading(
      CaseConsents consents,
      CaseProcesses processes,
      CaseLetters letters,
      AuditTrail auditTrail,
      AuditSearch auditSearch,
      RetentionRegister retention) {
    this.consents = consents;
    this.processes = processes;
    this.letters = letters;
    this.auditTrail = auditTrail;
    this.auditSearch = auditSearch;
    this.retention = retention;
  }

  protected CaseReading() {
    this(null, null, null, null, null, null);
  }

  /**
   * Audits the read ({@code action} and {@code what}, e.g. "COMPLAINT_READ", "the complaint file")
   * and returns what is kept beside the case.
   */
  public CaseRecords read(String caseType, String caseId, String action, String what) {
    auditTrail.record(AuditEntry.read(action, caseType, caseId, what));
    return new CaseRecords(
        consents.of(caseType, caseId),
        consents.withoutConsentOf(caseType, caseId),
        processes.openTasks(caseId),
        letters.summariesOf(caseType, caseId),
        auditSearch.historyOf(caseType, caseId),
        retention.record(caseType, caseId).map(RetainedRecord::retainUntil));
  }
}
