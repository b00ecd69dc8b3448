package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseActions;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFiles;
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
    super(new ComplaintFiles(complaints), processes, retention, auditTrail, caller, clock);
  }

  protected ComplaintSteps() {
    this(null, null, null, null, null, null);
  }

  /** How the kit finds a complaint and names it. */
  private record ComplaintFiles(Complaints complaints) implements CaseFiles<Complaint> {

    @Override
    public String caseType() {
      return Complaint.CASE_TYPE;
    }

    @Override
    public String noun() {
      return "complaint";
    }

    @Override
    public Optional<Complaint> find(String id) {
      return complaints.find(id);
    }

    @Override
    public String referenceOf(Complaint complaint) {
      return complaint.reference().formatted();
    }

    @Override
    public boolean isClosed(Complaint complaint) {
      return complaint.isClosed();
    }

    @Override
    public String idOf(Complaint complaint) {
      return complaint.id();
    }
  }
}
