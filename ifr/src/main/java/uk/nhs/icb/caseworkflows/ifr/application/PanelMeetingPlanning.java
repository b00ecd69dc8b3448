package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeetings;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMember;

/**
 * Panel meetings: scheduling one with its agenda (every request ready for the panel and every
 * chair's action not yet noted), recording who attended and the interests declared, and noting the
 * chair's actions. Each change is audited against the meeting.
 */
@ApplicationScoped
public class PanelMeetingPlanning {

  /** The audit trail's name for a meeting, which is not a case. */
  public static final String MEETING_TYPE = "ifr-panel-meeting";

  private final PanelMeetings meetings;
  private final FundingRequests requests;
  private final AuditTrail auditTrail;
  private final IfrSteps steps;

  @Inject
  public PanelMeetingPlanning(
      PanelMeetings meetings, FundingRequests requests, AuditTrail auditTrail, IfrSteps steps) {
    this.meetings = meetings;
    this.requests = requests;
    this.auditTrail = auditTrail;
    this.steps = steps;
  }

  protected PanelMeetingPlanning() {
    this(null, null, null, null);
  }

  @Transactional
  public PanelMeeting schedule(LocalDate date) {
    List<String> agenda = new ArrayList<>();
    requests.readyForPanel().forEach(request -> agenda.add(request.id()));
    requests.chairsActionsToNote().forEach(request -> agenda.add(request.id()));
    PanelMeeting meeting = PanelMeeting.on(date, agenda);
    meetings.add(meeting);
    audit("IFR_PANEL_SCHEDULED", meeting, agenda.size() + " requests on the agenda");
    return meeting;
  }

  @Transactional
  public PanelMeeting recordAttendance(
      String meetingId, long versionSeen, List<PanelMember> members) {
    PanelMeeting meeting = current(meetingId, versionSeen);
    meeting.recordAttendance(members);
    audit("IFR_PANEL_ATTENDANCE", meeting, members.size() + " members");
    return meeting;
  }

  @Transactional
  public PanelMeeting declareConflict(
      String meetingId, long versionSeen, String memberName, String requestId, String interest) {
    PanelMeeting meeting = current(meetingId, versionSeen);
    meeting.declareConflict(memberName, requestId, interest);
    audit("IFR_CONFLICT_DECLARED", meeting, "on request " + requestId);
    return meeting;
  }

  /** The meeting notes every chair's action on its agenda. */
  @Transactional
  public List<FundingRequest> noteChairsActions(String meetingId) {
    PanelMeeting meeting = find(meetingId);
    List<FundingRequest> noted = new ArrayList<>();
    for (String id : meeting.agenda()) {
      FundingRequest request = steps.file(id);
      if (request.decision().filter(made -> made.awaitsNoting()).isPresent()) {
        request.notedAt(meetingId);
        steps.audit("IFR_CHAIRS_ACTION_NOTED", id, "at meeting " + meetingId);
        noted.add(request);
      }
    }
    return noted;
  }

  @Transactional
  public PanelMeeting find(String meetingId) {
    PanelMeeting meeting =
        meetings
            .find(meetingId)
            .orElseThrow(() -> new NotFoundProblem("There is no panel meeting " + meetingId + "."));
    auditTrail.record(AuditEntry.read("IFR_PANEL_READ", MEETING_TYPE, meetingId, "the meeting"));
    return meeting;
  }

  /** What a meeting's form shows of it, read in one transaction. */
  @Transactional
  public <T> T peek(String meetingId, java.util.function.Function<PanelMeeting, T> reader) {
    return reader.apply(
        meetings
            .find(meetingId)
            .orElseThrow(
                () -> new NotFoundProblem("There is no panel meeting " + meetingId + ".")));
  }

  @Transactional
  public List<PanelMeeting> all() {
    return meetings.all();
  }

  private PanelMeeting current(String meetingId, long versionSeen) {
    PanelMeeting meeting =
        meetings
            .find(meetingId)
            .orElseThrow(() -> new NotFoundProblem("There is no panel meeting " + meetingId + "."));
    if (meeting.version() != versionSeen) {
      throw new ConflictProblem(
          "The meeting has changed since you read it. Reload it, then try again.");
    }
    return meeting;
  }

  private void audit(String action, PanelMeeting meeting, String detail) {
    auditTrail.record(AuditEntry.change(action, MEETING_TYPE, meeting.id(), detail));
  }
}
