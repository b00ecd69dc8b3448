package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/**
 * What happened to a complaint after its response, read as one audited read: further responses,
 * actions (open ones stay on the page of a closed complaint), referrals to the Ombudsman, and staff
 * told of it.
 */
@ApplicationScoped
public class AfterResponseReading {

  /** The after-response part of a complaint file. */
  public record AfterResponse(
      List<FurtherResponse> furtherResponses,
      List<LearningAction> actions,
      List<OmbudsmanReferral> referrals,
      List<StaffInformed> staffInformed) {

    public long openActions() {
      return actions.stream().filter(action -> !action.isDone()).count();
    }
  }

  private final ComplaintSteps steps;
  private final AfterResponseRecords records;
  private final AuditTrail auditTrail;

  @Inject
  public AfterResponseReading(
      ComplaintSteps steps, AfterResponseRecords records, AuditTrail auditTrail) {
    this.steps = steps;
    this.records = records;
    this.auditTrail = auditTrail;
  }

  protected AfterResponseReading() {
    this(null, null, null);
  }

  @Transactional
  public AfterResponse of(String id) {
    Complaint complaint = steps.file(id);
    AfterResponse read =
        new AfterResponse(
            records.furtherResponsesOf(id),
            records.actionsOf(id),
            records.referralsOf(id),
            records.staffInformedOf(id));
    auditTrail.record(
        AuditEntry.read(
            "COMPLAINT_AFTER_RESPONSE_READ",
            Complaint.CASE_TYPE,
            complaint.id(),
            "further responses, actions, Ombudsman referrals, staff told"));
    return read;
  }
}
