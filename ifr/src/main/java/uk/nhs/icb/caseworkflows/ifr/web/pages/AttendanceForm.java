package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.PanelMeetingPlanning;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMember;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelRole;

/**
 * Who attended, one member a line as "name, role" (chair, clinical, public health, lay,
 * commissioning), with "apologies" at the end for a member who sent them.
 */
@ApplicationScoped
public class AttendanceForm extends IntroducedForm<PanelMeeting> {

  static final String MEMBERS = "members";

  @Inject PanelMeetingPlanning planning;

  public AttendanceForm() {
    super(
        "attendance",
        "Record who attended",
        MEMBERS,
        Set.of(Roles.IFR_COORDINATOR, Roles.IFR_PANEL),
        "The quorum for each request counts the members present without a conflict on it.");
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  @Override
  public Map<String, Object> model(PanelMeeting meeting, FormValues typed) {
    return opening(meeting, typed)
        .textarea(
            MEMBERS,
            "Members, one a line",
            "For example: Dr Ruth Ames, chair. Add \", apologies\" for a member who sent them.")
        .submit("Save the attendance", false)
        .toMap();
  }

  @Override
  public String submit(String meetingId, FormValues typed) {
    List<String> lines = typed.lines(MEMBERS, "Enter the members, one a line");
    if (!typed.errors().isEmpty()) {
      return null;
    }
    List<PanelMember> members = new ArrayList<>();
    for (String line : lines) {
      members.add(member(line));
    }
    long version = planning.peek(meetingId, PanelMeeting::version);
    planning.recordAttendance(meetingId, version, members);
    return "Attendance recorded";
  }

  private static PanelMember member(String line) {
    String[] parts = line.split(",");
    if (parts.length < 2) {
      throw new InvalidInputException(MEMBERS, "Give each member as: name, role");
    }
    String role = parts[1].strip().toUpperCase(Locale.UK).replace(' ', '_');
    PanelRole panelRole;
    try {
      panelRole = PanelRole.valueOf(role);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(
          MEMBERS, "A role is one of chair, clinical, public health, lay or commissioning");
    }
    boolean apologies = parts.length > 2 && parts[2].strip().equalsIgnoreCase("apologies");
    return new PanelMember(parts[0], panelRole, !apologies);
  }
}
