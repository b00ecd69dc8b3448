package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFlagging;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/** The complaint model's flag tasks (six months passed): flags the complaint as the system. */
@Named("complaintFlags")
@ApplicationScoped
public class ComplaintFlags extends CaseFlagging {

  @Inject
  public ComplaintFlags(AuditTrail auditTrail) {
    super(auditTrail, Complaint.CASE_TYPE);
  }

  /** For the CDI proxy only. */
  protected ComplaintFlags() {
    this(null);
  }
}
