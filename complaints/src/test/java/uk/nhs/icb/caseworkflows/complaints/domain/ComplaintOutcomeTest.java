package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintOutcomeTest {

  private final List<String> improvements = new ArrayList<>();

  private ComplaintOutcome recorded(List<IssueOutcome> perIssue, List<String> actions) {
    return new ComplaintOutcome()
        .of(improvements)
        .recorded(perIssue, actions, london("2026-03-20T10:00"), HANDLER);
  }

  @Test
  void anOutcomeNotYetRecordedSaysNothing() {
    ComplaintOutcome none = new ComplaintOutcome().of(improvements);

    assertThat(none.overall()).isEmpty();
    assertThat(none.actionsAndImprovements()).isEmpty();
    assertThat(none.upheldAtLeastInPart()).isFalse();
  }

  @Test
  void theOverallOutcomeFollowsFromTheFindingsAndBlankActionsAreDropped() {
    ComplaintOutcome outcome =
        recorded(
            List.of(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD),
            List.of("Train reception staff", " ", "Review the rota"));

    assertThat(outcome.overall()).contains(IssueOutcome.PARTIALLY_UPHELD);
    assertThat(outcome.upheldAtLeastInPart()).isTrue();
    assertThat(outcome.actionsAndImprovements())
        .containsExactly("Train reception staff", "Review the rota");
    assertThat(outcome.recordedBy()).isEqualTo(HANDLER);
  }

  @Test
  void recordingAgainReplacesTheActions() {
    ComplaintOutcome outcome = recorded(List.of(IssueOutcome.UPHELD), List.of("First"));

    outcome.recorded(
        List.of(IssueOutcome.NOT_UPHELD), List.of("Second"), london("2026-03-21T10:00"), "kim");

    assertThat(outcome.overall()).contains(IssueOutcome.NOT_UPHELD);
    assertThat(outcome.upheldAtLeastInPart()).isFalse();
    assertThat(improvements).containsExactly("Second");
    assertThat(outcome.recordedBy()).isEqualTo("kim");
  }

  @Test
  void theResponseIsSignedOffBySomeone() {
    ComplaintOutcome outcome = recorded(List.of(IssueOutcome.UPHELD), List.of());

    assertThatThrownBy(() -> outcome.signedOff(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("who signed off the response is required");
    outcome.signedOff("dr.jones");
    assertThat(outcome.signedOffBy()).isEqualTo("dr.jones");
  }
}
