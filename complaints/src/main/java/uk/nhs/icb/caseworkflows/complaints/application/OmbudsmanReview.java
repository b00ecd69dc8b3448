package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;

/**
 * A complaint taken to the Parliamentary and Health Service Ombudsman after the ICB's response: the
 * referral as the ICB learns of it, then the Ombudsman's decision, whose recommendations become
 * actions followed like those the response promised ({@link LearningActions}). Recorded on a
 * complaint open or closed; neither reopens it.
 */
@ApplicationScoped
public class OmbudsmanReview {

  private final ComplaintSteps steps;
  private final AfterResponseRecords records;
  private final LearningActions actions;

  @Inject
  public OmbudsmanReview(
      ComplaintSteps steps, AfterResponseRecords records, LearningActions actions) {
    this.steps = steps;
    this.records = records;
    this.actions = actions;
  }

  protected OmbudsmanReview() {
    this(null, null, null);
  }

  @Transactional
  public OmbudsmanReferral refer(String id, LocalDate referredOn, String ombudsmanReference) {
    Complaint complaint = steps.file(id);
    OmbudsmanReferral referral =
        OmbudsmanReferral.record(
            complaint, referredOn, ombudsmanReference, steps.now(), steps.callerName());
    records.add(referral);
    steps.audit("OMBUDSMAN_REFERRAL_RECORDED", id, "referred on " + referredOn);
    return referral;
  }

  @Transactional
  public OmbudsmanReferral decide(
      String id,
      String referralId,
      OmbudsmanDecision decision,
      LocalDate decidedOn,
      String summary,
      List<ResponseAction> recommendations) {
    Complaint complaint = steps.file(id);
    OmbudsmanReferral referral =
        records
            .referral(referralId)
            .filter(found -> found.complaintId().equals(id))
            .orElseThrow(
                () ->
                    new NotFoundProblem(
                        "This complaint has no referral to the Ombudsman " + referralId + "."));
    referral.decide(
        decision, decidedOn, summary, !recommendations.isEmpty(), steps.now(), steps.callerName());
    steps.audit(
        "OMBUDSMAN_DECISION_RECORDED",
        id,
        decision + " on " + decidedOn + ", " + recommendations.size() + " recommendations");
    actions.open(complaint, LearningAction.Source.OMBUDSMAN, recommendations);
    return referral;
  }
}
