package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseworkTeams;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkerChange;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;

/**
 * Builds the caseworker section of a case page: put {@link #model} under {@link #KEY} and include
 * {@code {{#casework}}{{> casework/caseworker-section}}{{/casework}}} in the page. The reassign
 * form is there only for a manager of the case's team; it posts to {@link CaseworkPages}.
 */
@ApplicationScoped
public class CaseworkerSection {

  public static final String KEY = "casework";
  public static final String PARTIAL = "casework/caseworker-section";

  private final CaseAssignments assignments;
  private final CaseworkTeams teams;

  @Inject
  public CaseworkerSection(CaseAssignments assignments, CaseworkTeams teams) {
    this.assignments = assignments;
    this.teams = teams;
  }

  protected CaseworkerSection() {
    this(null, null);
  }

  /** The section of a case the viewer may see (the case module's access rule is checked). */
  public Map<String, Object> model(Caller viewer, String caseType, String caseId) {
    return model(viewer, caseType, caseId, Map.of());
  }

  /** The same, with what a manager typed into the reassign form, to show beside its errors. */
  public Map<String, Object> model(
      Caller viewer, String caseType, String caseId, Map<String, String> typed) {
    CaseAssignment assignment = assignments.of(viewer, caseType, caseId);
    boolean mayReassign = teams.require(caseType).isManagedBy(viewer);
    return model(assignment, mayReassign, typed);
  }

  static Map<String, Object> model(
      CaseAssignment assignment, boolean mayReassign, Map<String, String> typed) {
    Map<String, Object> section = new HashMap<>();
    section.put("caseType", assignment.caseType());
    section.put("caseId", assignment.caseId());
    section.put("team", assignment.team());
    section.put("caseworker", assignment.caseworker());
    section.put("unassigned", !assignment.isAssigned());
    section.put(
        "assignedOn",
        assignment.assignedAt() == null ? null : PageFormats.date(assignment.assignedAt()));
    List<Map<String, Object>> history =
        assignment.history().stream().map(CaseworkerSection::change).toList();
    section.put("history", history);
    section.put("hasHistory", !history.isEmpty());
    section.put("mayReassign", mayReassign);
    section.put("version", assignment.version());
    section.put(
        "typed",
        Map.of(
            "caseworker", typed.getOrDefault("caseworker", ""),
            "reason", typed.getOrDefault("reason", "")));
    return section;
  }

  private static Map<String, Object> change(CaseworkerChange change) {
    Map<String, Object> row = new HashMap<>();
    row.put("on", PageFormats.date(change.changedAt()));
    row.put("from", change.fromCaseworker() == null ? "nobody" : change.fromCaseworker());
    row.put("to", change.toCaseworker());
    row.put("by", change.changedBy());
    row.put(
        "how",
        switch (change.kind()) {
          case ASSIGNED_AT_INTAKE -> "assigned at intake";
          case TAKEN_BY_CLAIM -> "took the case by claiming a task";
          case REASSIGNED -> "reassigned by a manager";
        });
    row.put("reason", change.reason());
    return row;
  }
}
