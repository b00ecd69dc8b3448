package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * A meeting of the IFR panel: its date, the requests on its agenda (those ready for a decision, and
 * chair's actions to note), who attended in which role, and the interests declared. Whether it may
 * decide a request is the {@link Quorum} of the members present without a conflict on it.
 */
@Entity
@Table(name = "ifr_panel_meeting")
public class PanelMeeting {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate date;

  @ElementCollection
  @CollectionTable(name = "ifr_panel_member", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<PanelMember> members = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "ifr_panel_conflict", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<ConflictOfInterest> conflicts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "ifr_panel_agenda", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  @Column(name = "request_id", nullable = false, length = 36)
  private List<String> agenda = new ArrayList<>();

  protected PanelMeeting() {}

  public static PanelMeeting on(LocalDate date, List<String> agenda) {
    if (date == null) {
      throw new InvalidInputException("date", "the meeting's date is required");
    }
    PanelMeeting meeting = new PanelMeeting();
    meeting.id = UUID.randomUUID().toString();
    meeting.date = date;
    meeting.agenda.addAll(agenda);
    return meeting;
  }

  /** Who attended and in which role; recorded again, it replaces what was recorded. */
  public void recordAttendance(List<PanelMember> attendance) {
    if (attendance == null || attendance.isEmpty()) {
      throw new InvalidInputException("members", "at least one member is required");
    }
    members.clear();
    members.addAll(attendance);
  }

  /** A member's declared interest in a request on the agenda. */
  public void declareConflict(String memberName, String requestId, String interest) {
    if (members.stream().noneMatch(member -> member.name().equalsIgnoreCase(memberName))) {
      throw new InvalidInputException("memberName", "is not a member recorded at this meeting");
    }
    if (!agenda.contains(requestId)) {
      throw new InvalidInputException("requestId", "is not on this meeting's agenda");
    }
    conflicts.add(new ConflictOfInterest(memberName, requestId, interest));
  }

  /** Members present who may take part in deciding the request. */
  public List<PanelMember> countingFor(String requestId) {
    return members.stream()
        .filter(PanelMember::isPresent)
        .filter(member -> !isConflicted(member.name(), requestId))
        .toList();
  }

  public boolean isConflicted(String memberName, String requestId) {
    return conflicts.stream()
        .anyMatch(
            conflict ->
                conflict.requestId().equals(requestId)
                    && conflict.memberName().equalsIgnoreCase(memberName));
  }

  /** Refuses (400) unless the request is on the agenda and the panel is quorate for it. */
  public void requireQuorateFor(String requestId, Quorum quorum) {
    if (!agenda.contains(requestId)) {
      throw new InvalidInputException("meetingId", "this request is not on that meeting's agenda");
    }
    quorum.require(countingFor(requestId));
  }

  public void addToAgenda(String requestId) {
    if (!agenda.contains(requestId)) {
      agenda.add(requestId);
    }
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public LocalDate date() {
    return date;
  }

  public List<PanelMember> members() {
    return List.copyOf(members);
  }

  public List<ConflictOfInterest> conflicts() {
    return List.copyOf(conflicts);
  }

  public List<String> agenda() {
    return List.copyOf(agenda);
  }
}
