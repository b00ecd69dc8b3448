package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Who may complain, as the use case does it against a real engine waiting at {@code
 * decide-standing}: the decision is recorded and audited without personal data, and the step
 * completes with {@code standingAccepted} for the gateway to route on.
 */
class ComplaintStandingTest {

  private static final String MODEL =
      "uk/nhs/icb/caseworkflows/complaints/application/decide-standing.bpmn";

  private final Complaint complaint =
      ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerGrandson());
  private final ProcessTestHarness process =
      new ProcessTestHarness(MODEL, complaint.id(), ComplaintLetterFixtures.TODAY, Map.of());
  private final List<AuditEntry> audited = new ArrayList<>();
  private final CurrentCaller handler =
      new CurrentCaller() {
        @Override
        public Caller get() {
          return new Caller("sam.handler", Set.of("complaints-handler"));
        }
      };
  private final ComplaintStanding standing =
      new ComplaintStanding(
          new ComplaintSteps(
              new OneComplaint(complaint),
              new CaseProcesses(process.engine),
              null,
              new AuditTrail() {
                @Override
                public AuditEvent record(AuditEntry entry) {
                  audited.add(entry);
                  return null;
                }
              },
              handler,
              ComplaintLetterFixtures.CLOCK));

  /** The one complaint of the test, as the repository would find it. */
  private record OneComplaint(Complaint complaint) implements Complaints {
    @Override
    public ComplaintReference nextReference(int year) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Complaint added) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Complaint> find(String id) {
      return Optional.of(complaint).filter(c -> c.id().equals(id));
    }

    @Override
    public Optional<Complaint> findByReference(ComplaintReference reference) {
      return Optional.of(complaint).filter(c -> c.reference().equals(reference));
    }
  }

  @AfterEach
  void stop() {
    process.close();
  }

  @Test
  void aRefusalIsRecordedAuditedWithoutTheReasonsAndRoutesTheProcessToClose() {
    process.start("standing-step", Map.of());

    standing.decide(
        complaint.id(), false, false, true, null, "His mother has already complained for him.");

    assertThat(complaint.standingDecision().orElseThrow().accepted()).isFalse();
    assertThat(complaint.standingDecision().orElseThrow().decidedBy()).isEqualTo("sam.handler");
    assertThat(process.isRunning()).as("closed: standing refused").isFalse();
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0).action()).isEqualTo("REPRESENTATIVE_STANDING_DECIDED");
    assertThat(audited.get(0).detail())
        .as("neither the ground nor the reasons")
        .isEqualTo("refused");
  }

  @Test
  void anAcceptanceLetsTheComplaintGoOnToConsent() {
    process.start("standing-step", Map.of());

    standing.decide(complaint.id(), true, true, true, null, null);

    assertThat(process.openTasks()).containsExactly("Record consent");
    assertThat(audited.get(0).detail()).isEqualTo("accepted");
  }

  @Test
  void anAcceptanceTheRegulationDoesNotAllowLeavesTheStepOpen() {
    process.start("standing-step", Map.of());

    assertThatThrownBy(() -> standing.decide(complaint.id(), true, false, true, null, null))
        .hasMessageContaining("reasonable grounds");

    assertThat(process.openTasks())
        .containsExactly("Decide whether the representative may complain");
    assertThat(audited).isEmpty();
  }

  @Test
  void aComplaintNotWaitingForTheDecisionIsAConflict() {
    assertThatThrownBy(() -> standing.decide(complaint.id(), true, true, true, null, null))
        .isInstanceOf(ConflictProblem.class)
        .hasMessageContaining("is not waiting for a decision on the representative's standing");
  }
}
