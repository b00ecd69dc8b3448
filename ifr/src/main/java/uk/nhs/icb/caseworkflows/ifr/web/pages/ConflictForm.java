package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.PanelMeetingPlanning;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMember;

/**
 * A member's conflict of interest in a request on the agenda, declared at the meeting: the member
 * takes no part in that request and does not count towards its quorum. The requests are named by
 * reference and treatment only, as the papers name them.
 */
@ApplicationScoped
public class ConflictForm extends IntroducedForm<PanelMeeting> {

  static final String PATH = "conflicts";
  static final String MEMBER = "memberName";
  static final String REQUEST = "requestId";
  static final String INTEREST = "interest";

  @Inject PanelMeetingPlanning planning;
  @Inject PanelPack pack;

  public ConflictForm() {
    super(
        PATH,
        "Declare a conflict of interest",
        MEMBER,
        Set.of(Roles.IFR_COORDINATOR, Roles.IFR_PANEL),
        "A member with a conflict takes no part in that request and does not count towards its"
            + " quorum.");
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  @Override
  protected Long versionOf(PanelMeeting meeting) {
    return meeting.version();
  }

  @Override
  public Map<String, Object> model(PanelMeeting meeting, FormValues typed) {
    // A member is chosen by their place in the attendance: a name is no fit for an element's id.
    List<PanelMember> present = meeting.members();
    List<Fields.Option> members =
        java.util.stream.IntStream.range(0, present.size())
            .mapToObj(
                i ->
                    Fields.Option.of(
                        String.valueOf(i + 1), present.get(i).name() + ", " + role(present.get(i))))
            .toList();
    List<Fields.Option> requests =
        pack.forMeeting(meeting.id()).stream()
            .map(item -> new Fields.Option(item.requestId(), item.reference(), item.treatment()))
            .toList();
    return opening(meeting, typed)
        .radios(MEMBER, "Which member?", "Record who attended first.", members)
        .radios(REQUEST, "In which request?", null, requests)
        .textarea(INTEREST, "The interest declared", "For example, treats the patient.")
        .submit("Record the conflict", false)
        .toMap();
  }

  /** The name of the member at {@code place} (from 1) in the attendance, or null. */
  private static String nameAt(PanelMeeting meeting, String place) {
    try {
      int index = Integer.parseInt(place.strip()) - 1;
      return index >= 0 && index < meeting.members().size()
          ? meeting.members().get(index).name()
          : null;
    } catch (NumberFormatException notAPlace) {
      return null;
    }
  }

  private static String role(PanelMember member) {
    return member.role().label().toLowerCase(java.util.Locale.UK);
  }

  @Override
  public String submit(String meetingId, FormValues typed) {
    String member = typed.text(MEMBER, "Select the member");
    String request = typed.text(REQUEST, "Select the request");
    String interest = typed.text(INTEREST, "Enter the interest declared");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    String name = planning.peek(meetingId, meeting -> nameAt(meeting, member));
    if (name == null) {
      typed.errors().add(MEMBER, "Select the member");
      return null;
    }
    Long version = typed.version();
    planning.declareConflict(
        meetingId,
        version == null ? planning.peek(meetingId, PanelMeeting::version) : version,
        name,
        request,
        interest);
    return "Conflict of interest recorded";
  }
}
