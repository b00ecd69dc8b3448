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
    List<Fields.Option> members =
        meeting.members().stream()
            .map(member -> Fields.Option.of(member.name(), member.name() + ", " + role(member)))
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
    Long version = typed.version();
    planning.declareConflict(
        meetingId,
        version == null ? planning.peek(meetingId, PanelMeeting::version) : version,
        member,
        request,
        interest);
    return "Conflict of interest recorded";
  }
}
