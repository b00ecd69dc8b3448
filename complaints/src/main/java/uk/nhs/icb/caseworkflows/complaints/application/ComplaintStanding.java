package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/**
 * Who may complain (regulation 5): the handler decides whether someone complaining for the patient
 * may do so. The process routes on {@code standingAccepted}: a refusal sends the letter giving the
 * reasons and closes the complaint; an acceptance lets it go on to consent.
 */
@ApplicationScoped
public class ComplaintStanding {

  /** The process variable the model's gateway after {@code decide-standing} routes on. */
  public static final String STANDING_ACCEPTED = "standingAccepted";

  private final ComplaintSteps steps;

  @Inject
  public ComplaintStanding(ComplaintSteps steps) {
    this.steps = steps;
  }

  protected ComplaintStanding() {
    this(null);
  }

  /**
   * @param reasonableGrounds for a child: reasonable grounds for complaining instead of the child
   * @param bestInterests for a child or a person lacking capacity
   * @param evidenceSeen evidence of standing seen since intake, if any
   * @param reasons required when refused; the letter quotes them
   */
  @Transactional
  public Complaint decide(
      String id,
      boolean accept,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      String evidenceSeen,
      String reasons) {
    Complaint complaint = steps.file(id);
    CaseTask step =
        steps.openStep(
            complaint,
            ComplaintTask.DECIDE_STANDING,
            "a decision on the representative's standing");
    complaint.decideStanding(
        accept,
        reasonableGrounds,
        bestInterests,
        evidenceSeen,
        reasons,
        steps.now(),
        steps.callerName());
    // The outcome only: the ground would tell the trail the patient is a child, has died or lacks
    // capacity, and the reasons may say more about the family.
    steps.audit("REPRESENTATIVE_STANDING_DECIDED", id, accept ? "accepted" : "refused");
    steps.complete(complaint, step, Map.of(STANDING_ACCEPTED, accept));
    return complaint;
  }
}
