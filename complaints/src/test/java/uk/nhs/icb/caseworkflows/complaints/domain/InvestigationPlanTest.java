package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigationPlanTest {

  private final List<ComplaintIssue> issues = new ArrayList<>();

  private InvestigationPlan agreed(String... issueDescriptions) {
    return new InvestigationPlan()
        .of(issues)
        .agreed(
            ComplaintPlan.withDefaultResponseDate(
                List.of(issueDescriptions), Investigator.PROVIDER),
            london("2026-03-04T10:00"),
            HANDLER);
  }

  @Test
  void aPlanNotYetAgreedHasNoIssuesAndNoInvestigator() {
    InvestigationPlan none = new InvestigationPlan().of(issues);

    assertThat(none.issues()).isEmpty();
    assertThat(none.investigatedBy()).isEmpty();
    assertThat(none.plannedAt()).isEmpty();
  }

  @Test
  void theIssuesAreNumberedInTheOrderTheResponseAnswersThem() {
    InvestigationPlan plan = agreed("Delay", "Rudeness");

    assertThat(plan.issues()).extracting(ComplaintIssue::number).containsExactly(1, 2);
    assertThat(plan.issues())
        .extracting(ComplaintIssue::description)
        .containsExactly("Delay", "Rudeness");
    assertThat(plan.investigatedBy()).contains(Investigator.PROVIDER);
    assertThat(plan.plannedBy()).isEqualTo(HANDLER);
  }

  @Test
  void eachIssueGetsItsOwnFinding() {
    InvestigationPlan plan = agreed("Delay", "Rudeness");

    plan.recordFindings(List.of(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD));

    assertThat(plan.issues())
        .extracting(ComplaintIssue::outcome)
        .containsExactly(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD);
  }

  @Test
  void aFindingIsNeededForEveryIssue() {
    InvestigationPlan plan = agreed("Delay", "Rudeness");

    assertThatThrownBy(() -> plan.recordFindings(List.of(IssueOutcome.UPHELD)))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Record an outcome for each of the 2 issue(s) in the plan.");
    assertThat(plan.issues()).extracting(ComplaintIssue::outcome).containsOnlyNulls();
  }
}
