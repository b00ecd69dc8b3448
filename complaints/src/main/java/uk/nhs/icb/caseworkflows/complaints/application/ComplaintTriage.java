package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;

/**
 * The first checks on a complaint: whether a late one can still be looked at, and whether it is the
 * ICB's to look at. A "no" closes the case; the process sends the letter saying why and where to go
 * instead.
 */
@ApplicationScoped
public class ComplaintTriage {

  private final ComplaintSteps steps;

  @Inject
  public ComplaintTriage(ComplaintSteps steps) {
    this.steps = steps;
  }

  protected ComplaintTriage() {
    this(null);
  }

  @Transactional
  public Complaint decideOnLateComplaint(
      String id, boolean goodReason, boolean canStillInvestigateFairly, String note) {
    Complaint complaint = steps.file(id);
    CaseTask step =
        steps.openStep(complaint, ComplaintTask.DECIDE_LATE_COMPLAINT, "a decision on lateness");
    complaint
        .admissibility()
        .decideOnLateComplaint(
            goodReason, canStillInvestigateFairly, note, steps.now(), steps.callerName());
    steps.audit(
        "LATE_COMPLAINT_DECIDED",
        id,
        "good reason " + goodReason + "; can investigate fairly " + canStillInvestigateFairly);
    steps.complete(
        complaint, step, Map.of("lateAccepted", goodReason && canStillInvestigateFairly));
    return complaint;
  }

  @Transactional
  public Complaint decideRemit(
      String id, boolean withinRemit, OutsideRemitReason reason, String whereToGo) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.CHECK_REMIT, "a decision on remit");
    if (withinRemit) {
      complaint.admissibility().decideWithinRemit(steps.now(), steps.callerName());
    } else {
      complaint
          .admissibility()
          .decideOutsideRemit(reason, whereToGo, steps.now(), steps.callerName());
    }
    steps.audit("REMIT_DECIDED", id, withinRemit ? "for the ICB" : "not for the ICB: " + reason);
    steps.complete(complaint, step, Map.of("withinRemit", withinRemit));
    return complaint;
  }
}
