package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFiles;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseSteps;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/** The step mechanics of the case kit, for complaint files and the steps of complaint.bpmn. */
@ApplicationScoped
public class ComplaintSteps extends CaseSteps<Complaint, ComplaintTask> {

  @Inject
  public ComplaintSteps(
      Complaints complaints, CaseProcesses processes, RetentionRegister retention) {
    super(new ComplaintFiles(complaints), processes, retention);
  }

  protected ComplaintSteps() {
    this(null, null, null);
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
