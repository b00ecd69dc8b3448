package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The plan as agreed with the complainant and kept on the file: the issues, numbered in the order
 * the response answers them, who investigates, and who agreed it when. The finding on each issue is
 * recorded against it. Before a plan is agreed the complaint has an empty one, with no issues.
 */
@Embeddable
public class InvestigationPlan {

  @Enumerated(EnumType.STRING)
  @Column(name = "investigated_by", length = 10)
  private Investigator investigatedBy;

  @Column(name = "planned_at")
  private Instant plannedAt;

  @Column(name = "planned_by", length = 100)
  private String plannedBy;

  // Mapped on the complaint, as EclipseLink cannot map a collection inside an embeddable.
  @Transient private List<ComplaintIssue> issues;

  /** Not yet agreed. */
  protected InvestigationPlan() {}

  /** The plan of a complaint whose issues are these. */
  InvestigationPlan of(List<ComplaintIssue> issues) {
    this.issues = issues;
    return this;
  }

  InvestigationPlan agreed(ComplaintPlan plan, Instant at, String by) {
    for (String issue : plan.issues()) {
      issues.add(ComplaintIssue.numbered(issues.size() + 1, issue));
    }
    investigatedBy = plan.investigatedBy();
    plannedAt = at;
    plannedBy = Text.required(by, "who agreed the plan");
    return this;
  }

  /** The finding on each issue, in the plan's order; one for every issue. */
  void recordFindings(List<IssueOutcome> perIssue) {
    if (perIssue.size() != issues.size()) {
      throw new ComplaintRuleException(
          "Record an outcome for each of the " + issues.size() + " issue(s) in the plan.");
    }
    for (int i = 0; i < issues.size(); i++) {
      issues.set(i, issues.get(i).withOutcome(perIssue.get(i)));
    }
  }

  public List<ComplaintIssue> issues() {
    return List.copyOf(issues);
  }

  public Optional<Investigator> investigatedBy() {
    return Optional.ofNullable(investigatedBy);
  }

  public Optional<Instant> plannedAt() {
    return Optional.ofNullable(plannedAt);
  }

  public String plannedBy() {
    return plannedBy;
  }
}
