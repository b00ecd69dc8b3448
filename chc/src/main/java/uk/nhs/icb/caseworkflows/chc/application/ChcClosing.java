package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.chc.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * What the process does without a person: closes a case after its last letter (its retention clock
 * starts that day) and flags the 28 days passing without a decision for the CHC manager.
 */
@ApplicationScoped
public class ChcClosing {

  /** The message that stops the case's process wherever it waits. */
  static final String CLOSED_BY_STAFF = "chc-closed-by-staff";

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

  /** The process closes the case after its last letter, for the reason where it stands. */
  @Transactional
  public void close(String id) {
    ChcCase chcCase = cases.find(id).orElseThrow();
    chcCase.close(steps.today());
    auditTrail.recordAs(
        Caller.SYSTEM,
        AuditEntry.change(
            "CHC_CLOSED", ChcCase.CASE_TYPE, id, chcCase.closureReason().orElseThrow().name()));
    startRetention(chcCase);
  }

  /**
   * An assessor closes the case, at any point, because the person died, moved out of the ICB's area
   * or the referral was withdrawn: the work in hand stops and retention starts that day.
   */
  @Transactional
  public ChcCase closeByStaff(String id, Long versionSeen, String reason, LocalDate on) {
    ChcCase chcCase = steps.forEdit(id, versionSeen);
    ClosureReason why = RatingEntry.choice(ClosureReason.class, reason, "reason", "the reason");
    if (!why.chosenByStaff()) {
      throw new InvalidInputException(
          "reason",
          "The process closes a case for that reason itself; choose DIED, MOVED_OUT_OF_AREA or"
              + " WITHDRAWN.");
    }
    LocalDate closedOn = on == null ? steps.today() : on;
    if (closedOn.isAfter(steps.today())) {
      throw new InvalidInputException("closedOn", "A case cannot close in future.");
    }
    if (closedOn.isBefore(chcCase.referral().receivedOn())) {
      throw new InvalidInputException(
          "closedOn", "A case cannot close before its referral was received.");
    }
    chcCase.close(closedOn, why);
    steps.tellProcess(CLOSED_BY_STAFF, id);
    steps.audit("CHC_CLOSED", id, why.name());
    startRetention(chcCase);
    return chcCase;
  }

  private void startRetention(ChcCase chcCase) {
    closures.fire(
        new RecordClosed(
            ChcCase.CASE_TYPE,
            chcCase.id(),
            chcCase.reference(),
            chcCase.closedOn().orElseThrow()));
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
