package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseActions;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFilesOf;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;

/**
 * The case kit's actions (steps, caller, clock, audit trail) for funding requests and the steps of
 * ifr.bpmn, with the two things IFR's use cases add: today in England, and a stale edit refused.
 */
@ApplicationScoped
public class IfrSteps extends CaseActions<FundingRequest, IfrTask> {

  @Inject
  public IfrSteps(
      FundingRequests requests,
      CaseProcesses processes,
      RetentionRegister retention,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    super(
        new CaseFilesOf<>(
            FundingRequest.CASE_TYPE,
            "funding request",
            // Not requests::find: the proxy's constructor has no repository to bind.
            id -> requests.find(id),
            request -> request.reference().formatted(),
            FundingRequest::isClosed,
            FundingRequest::id),
        processes,
        retention,
        auditTrail,
        caller,
        clock);
  }

  protected IfrSteps() {
    this(null, null, null, null, null, null);
  }

  /** The day of the action in England. */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), WorkingDayCalendar.LONDON);
  }

  /**
   * The request as the caller last read it at {@code versionSeen}; a change made since is a 409,
   * never a silent overwrite.
   */
  public FundingRequest current(String id, long versionSeen) {
    FundingRequest request = file(id);
    if (request.version() != versionSeen) {
      throw new ConflictProblem(
          "Request "
              + request.reference().formatted()
              + " has changed since you read it. Reload it to see what changed, then try again.");
    }
    return request;
  }

  /** Sends the request's process a message with the dates its timers need. */
  public void tellProcess(String message, String caseId, Map<String, Object> variables) {
    processes().correlate(message, caseId, variables);
  }
}
