package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * What the process does without a person: closes a case after its last letter (its retention clock
 * starts that day) and flags the 28 days passing without a decision for the CHC manager.
 */
@ApplicationScoped
public class ChcClosing {

  private final ChcCases cases;
  private final ChcSteps steps;
  private final AuditTrail auditTrail;
  private final Event<RecordClosed> closures;

  @Inject
  public ChcClosing(
      ChcCases cases, ChcSteps steps, AuditTrail auditTrail, Event<RecordClosed> closures) {
    this.cases = cases;
    this.steps = steps;
    this.auditTrail = auditTrail;
    this.closures = closures;
  }

  protected ChcClosing() {
    this(null, null, null, null);
  }

  @Transactional
  public void close(String id) {
    ChcCase chcCase = cases.find(id).orElseThrow();
    chcCase.close(steps.today());
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change("CHC_CLOSED", ChcCase.CASE_TYPE, id, chcCase.status().name()));
    closures.fire(
        new RecordClosed(
            ChcCase.CASE_TYPE, id, chcCase.reference(), chcCase.closedOn().orElseThrow()));
  }

  /** The 28 days have passed without a decision: noted on the case and on the audit trail. */
  @Transactional
  public void flagOverdue(String id, String breach) {
    ChcCase chcCase = cases.find(id).orElseThrow();
    chcCase.flagOverdue(steps.today());
    auditTrail.recordAs(
        Caller.SYSTEM, AuditEntry.change("DEADLINE_BREACHED", ChcCase.CASE_TYPE, id, breach));
  }
}
