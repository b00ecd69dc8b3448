package uk.nhs.icb.caseworkflows.bpmn.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;

class OpenStepTest {

  @Test
  void aStepShowsItsTaskKeyNameDueTimeAndWhoHasIt() {
    Instant created = Instant.parse("2026-11-02T09:00:00Z");
    Instant due = Instant.parse("2026-11-05T17:00:00Z");

    assertThat(
            OpenStep.of(
                new CaseTask("task-1", "investigate", "Investigate", "jane.smith", created, due)))
        .isEqualTo(new OpenStep("task-1", "investigate", "Investigate", due, "jane.smith"));
  }
}
