package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewGround;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewOutcome;

/**
 * What can follow a decision: a review of how it was made (asked for within its days, on one of the
 * three grounds; upheld or referred back to a new panel), or a reconsideration on significant new
 * clinical information, which sends the request back to screening.
 */
@ApplicationScoped
public class IfrReviews {

  static final String REVIEW_REQUESTED = "IfrReviewRequested";
  static final String RECONSIDERATION_REQUESTED = "IfrReconsiderationRequested";

  private final IfrSteps steps;
  private final IfrDeadlines deadlines;

  @Inject
  public IfrReviews(IfrSteps steps, IfrDeadlines deadlines) {
    this.steps = steps;
    this.deadlines = deadlines;
  }

  protected IfrReviews() {
    this(null, null);
  }

  @Transactional
  public FundingRequest requestReview(
      String id, long versionSeen, ReviewGround ground, String statedCase) {
    FundingRequest request = steps.current(id, versionSeen);
    request.requestReview(ground, statedCase, steps.today(), deadlines);
    LocalDate due = request.review().orElseThrow().due();
    steps.tellProcess(REVIEW_REQUESTED, id, Map.of("reviewDue", IfrSteps.endOf(due)));
    steps.audit("IFR_REVIEW_REQUESTED", id, ground.name());
    return request;
  }

  @Transactional
  public FundingRequest decideReview(
      String id, long versionSeen, ReviewOutcome outcome, String reasons) {
    FundingRequest request = steps.current(id, versionSeen);
    CaseTask review = steps.openStep(request, IfrTask.DECIDE_REVIEW, "its review");
    request.decideReview(outcome, reasons, steps.today());
    steps.complete(request, review, Map.of("reviewOutcome", outcome.name()));
    steps.audit("IFR_REVIEW_DECIDED", id, outcome.name());
    return request;
  }

  @Transactional
  public FundingRequest reconsider(String id, long versionSeen, String newInformation) {
    FundingRequest request = steps.current(id, versionSeen);
    LocalDate due = request.reconsider(newInformation, steps.today(), deadlines);
    steps.tellProcess(RECONSIDERATION_REQUESTED, id, Map.of("screeningDue", IfrSteps.endOf(due)));
    steps.audit("IFR_RECONSIDERATION", id, "screening due " + due);
    return request;
  }
}
