package uk.nhs.icb.caseworkflows.ifr.process.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;

/** The threshold alert: the coordinator is asked to put the treatment to the policy process. */
class IfrPolicySignalProcessTest {

  @Test
  void aSignalAsksTheCoordinatorForAPolicyAndEndsWhenReferred() {
    try (ProcessTestHarness signal =
        new ProcessTestHarness(
            "uk/nhs/icb/caseworkflows/ifr/process/ifr-policy-signal.bpmn",
            "signal-1",
            Instant.parse("2026-11-23T09:00:00Z"),
            Map.of())) {
      signal.start("ifr-policy-signal", Map.of("caseType", "ifr-signal", "caseReference", "SIG-1"));

      assertEquals(List.of("Put the treatment to the policy process"), signal.openTasks());
      List<IdentityLink> candidates =
          signal
              .engine
              .getTaskService()
              .getIdentityLinksForTask(
                  signal.openTask("Put the treatment to the policy process").getId());
      assertEquals("ifr-coordinator", candidates.get(0).getGroupId());

      signal.complete("Put the treatment to the policy process");
      assertFalse(signal.isRunning());
    }
  }
}
