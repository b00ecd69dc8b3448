package uk.nhs.icb.caseworkflows.ifr.web;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;

/** A panel meeting: its date, agenda (request ids), members and declared conflicts. */
public record MeetingView(
    String id,
    long version,
    LocalDate date,
    List<String> agenda,
    List<Member> members,
    List<Conflict> conflicts) {

  public record Member(String name, String role, boolean present) {}

  public record Conflict(String memberName, String requestId, String interest) {}

  static MeetingView of(PanelMeeting meeting) {
    return new MeetingView(
        meeting.id(),
        meeting.version(),
        meeting.date(),
        meeting.agenda(),
        meeting.members().stream()
            .map(member -> new Member(member.name(), member.role().name(), member.isPresent()))
            .toList(),
        meeting.conflicts().stream()
            .map(c -> new Conflict(c.memberName(), c.requestId(), c.interest()))
            .toList());
  }
}
