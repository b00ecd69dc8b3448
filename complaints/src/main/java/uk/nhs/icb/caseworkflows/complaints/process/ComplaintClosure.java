package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.casework.DelegateVariables;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintRetentionStart;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryConsent;

/**
 * Closes the complaint for the model's {@code closureReason}, by whoever moved the process there
 * (the system when a timer or message did), which starts the file's retention clock and, for an
 * upheld or partly upheld complaint, asks consent to tell its story.
 */
@Named("complaintClosure")
@ApplicationScoped
public class ComplaintClosure implements JavaDelegate {

  private final Complaints complaints;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;
  private final ComplaintRetentionStart retention;
  private final StoryConsent stories;

  @Inject
  public ComplaintClosure(
      Complaints complaints,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock,
      ComplaintRetentionStart retention,
      StoryConsent stories) {
    this.complaints = complaints;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
    this.retention = retention;
    this.stories = stories;
  }

  /** For the CDI proxy only. */
  protected ComplaintClosure() {
    this(null, null, null, null, null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = DelegateVariables.caseOf(execution, complaints::find, "complaint");
    String modelled = DelegateVariables.instruction(execution, "closureReason");
    ClosureReason reason = reasonOf(modelled);
    // A use case that closed the file itself before moving the process on has nothing left to do.
    if (complaint.closure().filter(closure -> closure.reason() == reason).isPresent()) {
      return;
    }
    complaint.close(reason, clock.instant(), caller.get().name());
    auditTrail.record(
        AuditEntry.change(
            "COMPLAINT_CLOSED",
            Complaint.CASE_TYPE,
            complaint.id(),
            // The trail keeps what the file cannot: that the consent was withdrawn, not refused.
            modelled.equals(reason.name())
                ? reason.name()
                : reason.name() + " (" + modelled + ")"));
    retention.closed(complaint);
    stories.askAfterClosure(complaint);
  }

  /** The model tells consent withdrawn apart; the file keeps both as consent not given. */
  static ClosureReason reasonOf(String modelled) {
    return "CONSENT_WITHDRAWN".equals(modelled)
        ? ClosureReason.CONSENT_NOT_GIVEN
        : ClosureReason.valueOf(modelled);
  }
}
