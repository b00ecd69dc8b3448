package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseActions;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFilesOf;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/**
 * The case kit's actions (steps, caller, clock, audit trail), for complaint files and the steps of
 * complaint.bpmn.
 */
@ApplicationScoped
public class ComplaintSteps extends CaseActions<Complaint, ComplaintTask> {

  @Inject
  public ComplaintSteps(
      Complaints complaints,
      CaseProcesses processes,
      RetentionRegister retention,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    super(
        new CaseFilesOf<>(
            Complaint.CASE_TYPE,
            "complaint",
            // Not complaints::find: the proxy's constructor has no repository to bind.
            id -> complaints.find(id),
            complaint -> complaint.reference().formatted(),
            Complaint::isClosed,
            Complaint::id),
        processes,
        retention,
        auditTrail,
        caller,
        clock);
  }

  protected ComplaintSteps() {
    this(null, null, null, null, null, null);
  }
}
