package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseForm;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.ifr.application.PanelMeetingPlanning;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;
import uk.nhs.icb.caseworkflows.ifr.domain.ConflictOfInterest;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMember;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/**
 * The panel's meetings: {@code /ifr-panel-meetings} (every meeting; schedule one), {@code
 * /ifr-panel-meetings/{id}} (the date, who attended, and the anonymised papers of each request on
 * the agenda) and its forms: attendance, a conflict of interest declared, the chair's actions
 * noted, and the decision on a request.
 */
@WebServlet(urlPatterns = {"/ifr-panel-meetings", "/ifr-panel-meetings/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class PanelMeetingPages
    extends uk.nhs.icb.caseworkflows.common.web.pages.CasePages<PanelMeeting> {

  static final String PATH = "/ifr-panel-meetings";

  @Inject PanelMeetingPlanning planning;
  @Inject PanelPack pack;
  @Inject MeetingScheduling scheduling;
  @Inject AttendanceForm attendance;
  @Inject PanelDecisionForm decision;
  @Inject ConflictForm conflict;
  @Inject ChairsActionsNotedForm chairsActionsNoted;

  @Override
  protected String path() {
    return PATH;
  }

  @Override
  protected Set<String> team() {
    return Set.of(Roles.IFR_COORDINATOR, Roles.IFR_PANEL);
  }

  @Override
  protected String noAccess(Caller caller) {
    return "The IFR panel's meetings are the IFR team's.";
  }

  @Override
  protected String notForYou() {
    return "Only a member of the IFR panel records the panel's decision.";
  }

  @Override
  protected FieldLimits limits() {
    return new FieldLimits(
        Map.of(
            AttendanceForm.MEMBERS, 3000,
            PanelDecisionForm.REASONS, TreatmentRequested.TEXT_LENGTH,
            PanelDecisionForm.DIFFERENT_REASONS, TreatmentRequested.TEXT_LENGTH,
            PanelDecisionForm.BENEFIT_REASONS, TreatmentRequested.TEXT_LENGTH,
            PanelDecisionForm.CONDITIONS, TreatmentRequested.TEXT_LENGTH,
            ConflictForm.INTEREST, ConflictOfInterest.INTEREST_LENGTH));
  }

  @Override
  protected PageView listPage(HttpServletRequest request) {
    List<Map<String, Object>> meetings =
        planning.all().stream()
            .map(
                meeting ->
                    Map.<String, Object>of(
                        "id", meeting.id(),
                        "date", Text.day(meeting.date()),
                        "requests", meeting.agenda().size()))
            .toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meetings", meetings);
    model.put("hasMeetings", !meetings.isEmpty());
    return PageView.of("IFR panel meetings", "ifr/meetings", model);
  }

  @Override
  protected PageView casePage(String id, HttpServletRequest request) {
    PanelMeeting meeting = planning.find(id);
    List<PanelPack.PackItem> papers = pack.forMeeting(id);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", id);
    model.put("date", Text.day(meeting.date()));
    model.put("members", meeting.members().stream().map(PanelMeetingPages::member).toList());
    model.put("hasMembers", !meeting.members().isEmpty());
    model.put("papers", papers.stream().map(PanelMeetingPages::paper).toList());
    model.put("hasPapers", !papers.isEmpty());
    model.put("hasChairsActions", papers.stream().anyMatch(PanelPack.PackItem::chairsActionToNote));
    return PageView.of("IFR panel meeting, " + Text.day(meeting.date()), "ifr/meeting", model);
  }

  private static Map<String, Object> member(PanelMember member) {
    return Map.of(
        "name", member.name(),
        "role", member.role().label(),
        "attendance", member.isPresent() ? "Present" : "Apologies");
  }

  private static Map<String, Object> paper(PanelPack.PackItem item) {
    Map<String, Object> paper = new LinkedHashMap<>();
    paper.put("reference", item.reference());
    paper.put("treatment", item.treatment());
    paper.put("condition", item.condition());
    paper.put("whyExceptional", item.whyExceptional());
    paper.put(
        "cost", item.estimatedCost() == null ? "" : "£" + item.estimatedCost().toPlainString());
    paper.put("urgent", item.urgent());
    paper.put("screeningNote", item.screeningNote() == null ? "" : item.screeningNote());
    paper.put("newInformation", NewInformationRows.of(item.newInformation()));
    paper.put("chairsAction", item.chairsActionToNote());
    paper.put("conflicted", String.join(", ", item.conflictedMembers()));
    return paper;
  }

  @Override
  protected Intake intake() {
    return scheduling;
  }

  @Override
  protected Optional<? extends CaseForm<PanelMeeting>> form(String path) {
    return Stream.<CaseForm<PanelMeeting>>of(attendance, decision, conflict, chairsActionsNoted)
        .filter(form -> form.path().equals(path))
        .findFirst();
  }

  @Override
  protected <T> T read(String id, Function<PanelMeeting, T> reader) {
    return planning.peek(id, reader);
  }

  @Override
  protected String referenceOf(PanelMeeting meeting) {
    return "Panel meeting " + Text.day(meeting.date());
  }
}
