package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.Caseload;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;

/** The caseworker section and the caseload page as a person sees them. */
class CaseworkPageTemplatesTest {

  private static final CaseworkTeam COMPLAINTS =
      new CaseworkTeam("complaint", "complaints-handler", "complaints-manager");
  private static final CaseworkTeam CHC = new CaseworkTeam("chc", "chc-assessor", "chc-panel");
  private static final Caller MANAGER = new Caller("mo", Set.of("complaints-manager"));

  private final PageTemplates templates = new PageTemplates(getClass().getClassLoader());

  @Test
  void aCaseNobodyHasSaysHowItWillBeTakenAndAHandlerGetsNoReassignForm() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");

    String html = render(CaseworkerSection.model(assignment, false, Map.of()), new FormErrors());

    assertThat(html)
        .contains("Nobody yet")
        .doesNotContain("caseworker-history")
        .doesNotContain("Reassign the case");
  }

  @Test
  void aManagerSeesTheCaseworkerTheHistoryWithReasonsAndTheReassignForm() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    assignment.takeByClaim("alice", Instant.parse("2026-11-23T10:00:00Z"));
    assignment.reassign(
        COMPLAINTS,
        MANAGER,
        "bob",
        "Alice <b>is</b> on leave",
        Instant.parse("2026-11-24T10:00:00Z"));

    String html = render(CaseworkerSection.model(assignment, true, Map.of()), new FormErrors());

    assertThat(html)
        .contains("id=\"current-caseworker\">bob<")
        .contains("from nobody to alice, took the case by claiming a task (alice)")
        .contains("from alice to bob, reassigned by a manager (mo)")
        .contains("Alice &lt;b&gt;is&lt;/b&gt; on leave")
        .contains("action=\"/app/casework/complaint/c-1/reassignment\"")
        .contains("name=\"csrfToken\" value=\"t\"")
        .contains("Reassign the case");
  }

  @Test
  void aRefusedReassignmentKeepsWhatWasTypedAndShowsTheMessageBesideTheField() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    FormErrors errors = new FormErrors().add("reason", "Enter why the case is being reassigned");

    String html =
        render(CaseworkerSection.model(assignment, true, Map.of("caseworker", "bob")), errors);

    assertThat(html)
        .contains("<a href=\"#reason\">Enter why the case is being reassigned</a>")
        .contains("id=\"reason-error\"")
        .contains("id=\"caseworker\" name=\"caseworker\"")
        .contains("value=\"bob\"");
  }

  @Test
  void theCaseloadPageShowsEachTeamsCaseworkersBusiestFirstWithTheTotal() {
    Map<String, Object> model =
        CaseloadPage.model(
            List.of(COMPLAINTS, CHC), Caseload.count("complaint", List.of("alice", "bob", "bob")));

    String html = templates.render("casework/caseload", model);

    assertThat(html.indexOf(">bob<")).isLessThan(html.indexOf(">alice<"));
    assertThat(html)
        .contains("complaint cases: complaints-handler team")
        .contains("<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">2</td>")
        .contains("<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">3</td>")
        .contains("chc cases: chc-assessor team")
        .contains("Nobody in this team holds an open case.");
  }

  private String render(Map<String, Object> section, FormErrors errors) {
    Map<String, Object> model = new HashMap<>(errors.model());
    model.put(CaseworkerSection.KEY, section);
    model.put("contextPath", "/app");
    model.put("csrfToken", "t");
    return templates.render("casework/case", model);
  }
}
