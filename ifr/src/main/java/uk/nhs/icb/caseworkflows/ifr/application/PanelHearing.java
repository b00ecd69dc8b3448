package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeetings;
import uk.nhs.icb.caseworkflows.ifr.domain.Quorum;

/**
 * The panel's decision on a request at a meeting, refused (400 on {@code quorum}) unless the
 * members present without a conflict on it are quorate; and the chair's action on an urgent
 * request. Either way the decision letter goes next, and the review window opens.
 */
@ApplicationScoped
public class PanelHearing {

  private final IfrSteps steps;
  private final PanelMeetings meetings;
  private final Quorum quorum;
  private final IfrDeadlines deadlines;

  @Inject
  public PanelHearing(
      IfrSteps steps, PanelMeetings meetings, Quorum quorum, IfrDeadlines deadlines) {
    this.steps = steps;
    this.meetings = meetings;
    this.quorum = quorum;
    this.deadlines = deadlines;
  }

  protected PanelHearing() {
    this(null, null, null, null);
  }

  @Transactional
  public FundingRequest decide(
      String id, long versionSeen, String meetingId, PanelDecision decision) {
    FundingRequest request = steps.current(id, versionSeen);
    CaseTask hearing = steps.openStep(request, IfrTask.DECIDE_AT_PANEL, "the panel's decision");
    PanelMeeting meeting =
        meetings
            .find(meetingId)
            .orElseThrow(() -> new NotFoundProblem("There is no panel meeting " + meetingId + "."));
    meeting.requireQuorateFor(id, quorum);
    request.decideAtPanel(decision, meetingId, steps.today());
    steps.complete(request, hearing, flagsOf(decision));
    steps.audit("IFR_DECIDED", id, decision.outcome() + " at meeting " + meetingId);
    return request;
  }

  @Transactional
  public FundingRequest decideByChairsAction(String id, long versionSeen, PanelDecision decision) {
    FundingRequest request = steps.current(id, versionSeen);
    CaseTask action = steps.openStep(request, IfrTask.CHAIRS_ACTION, "the chair's action");
    request.decideByChairsAction(decision, steps.today());
    steps.complete(request, action, flagsOf(decision));
    steps.audit("IFR_DECIDED_BY_CHAIRS_ACTION", id, decision.outcome().name());
    return request;
  }

  /** Where the request stands now, for the panel's answer: no identity is read. */
  @Transactional
  public FundingRequest standing(String id) {
    return steps.file(id);
  }

  private Map<String, Object> flagsOf(PanelDecision decision) {
    Map<String, Object> flags = new HashMap<>();
    flags.put("decision", decision.outcome().name());
    flags.put("reviewBy", IfrSteps.endOf(deadlines.reviewRequestBy(steps.today())));
    flags.put("outcomeReportRequired", decision.outcomeReportDue().isPresent());
    decision
        .outcomeReportDue()
        .ifPresent(due -> flags.put("outcomeReportDue", IfrSteps.endOf(due)));
    return flags;
  }
}
