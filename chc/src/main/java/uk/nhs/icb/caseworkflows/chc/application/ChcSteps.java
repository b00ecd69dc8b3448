package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseActions;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFilesOf;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The case kit's actions (steps, caller, clock, audit trail), for CHC cases and the steps of
 * chc.bpmn, with the one check every long form needs: an edit made on a copy of the case that has
 * since changed is refused (409), so an assessor never overwrites a colleague's save unseen.
 */
@ApplicationScoped
public class ChcSteps extends CaseActions<ChcCase, ChcTask> {

  private final Clock clock;

  @Inject
  public ChcSteps(
      ChcCases cases,
      CaseProcesses processes,
      RetentionRegister retention,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    super(
        new CaseFilesOf<>(
            ChcCase.CASE_TYPE,
            "CHC case",
            // Not cases::find: the proxy's constructor has no repository to bind.
            id -> cases.find(id),
            ChcCase::reference,
            ChcCase::isClosed,
            ChcCase::id),
        processes,
        retention,
        auditTrail,
        caller,
        clock);
    this.clock = clock;
  }

  protected ChcSteps() {
    this(null, null, null, null, null, null);
  }

  /**
   * The case as the caller last saw it: {@code versionSeen} (null when the client does not say)
   * must still be the stored version, else someone saved in between and this edit is a 409.
   */
  public ChcCase forEdit(String id, Long versionSeen) {
    ChcCase chcCase = file(id);
    if (versionSeen != null && versionSeen != chcCase.version()) {
      throw new ConflictProblem(
          "CHC case "
              + chcCase.reference()
              + " was changed by someone else after you opened it. Reload it to see their"
              + " changes, then make yours again.");
    }
    chcCase.noteEdit(now(), callerName());
    return chcCase;
  }

  /** Today in England, for dates the Framework counts in calendar days. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON));
  }
}
