package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome.NOT_UPHELD;
import static uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome.PARTIALLY_UPHELD;
import static uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome.UPHELD;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueOutcomeTest {

  @Test
  void everyIssueUpheldMeansTheComplaintIsUpheld() {
    assertThat(IssueOutcome.overallOf(List.of(UPHELD, UPHELD))).isEqualTo(UPHELD);
  }

  @Test
  void noIssueUpheldMeansTheComplaintIsNotUpheld() {
    assertThat(IssueOutcome.overallOf(List.of(NOT_UPHELD, NOT_UPHELD))).isEqualTo(NOT_UPHELD);
  }

  @Test
  void someButNotAllIssuesUpheldMeansPartiallyUpheld() {
    assertThat(IssueOutcome.overallOf(List.of(UPHELD, NOT_UPHELD))).isEqualTo(PARTIALLY_UPHELD);
    assertThat(IssueOutcome.overallOf(List.of(NOT_UPHELD, PARTIALLY_UPHELD)))
        .isEqualTo(PARTIALLY_UPHELD);
  }

  @Test
  void aSingleIssuePartiallyUpheldMeansTheComplaintIsPartiallyUpheld() {
    assertThat(IssueOutcome.overallOf(List.of(PARTIALLY_UPHELD))).isEqualTo(PARTIALLY_UPHELD);
  }

  @Test
  void anOutcomeNeedsAtLeastOneIssue() {
    assertThatThrownBy(() -> IssueOutcome.overallOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
