package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The plan agreed with the complainant: the issues to investigate, who investigates, and the
 * response date if one was agreed (otherwise the default number of working days applies).
 *
 * @param agreedResponseDate null to take the default
 */
public record ComplaintPlan(
    List<String> issues, Investigator investigatedBy, LocalDate agreedResponseDate) {

  public ComplaintPlan {
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    Objects.requireNonNull(investigatedBy, "investigatedBy");
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("a plan names at least one issue to investigate");
    }
  }

  public static ComplaintPlan withDefaultResponseDate(
      List<String> issues, Investigator investigatedBy) {
    return new ComplaintPlan(issues, investigatedBy, null);
  }
}
