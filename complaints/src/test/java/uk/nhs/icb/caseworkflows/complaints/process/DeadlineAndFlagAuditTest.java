package uk.nhs.icb.caseworkflows.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintProviderResponses;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles;
import uk.nhs.icb.caseworkflows.complaints.domain.DeadlineBreach;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.InMemoryComplaints;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.RecordingAuditTrail;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.SignedIn;

/**
 * Timer jobs record breaches, reminders and flags as the system, whoever else may be signed in, and
 * nobody is chased for a provider's response already on file.
 */
class DeadlineAndFlagAuditTest {

  /** The provider's response is still awaited, or already on file. */
  private static final class ProviderResponse extends ComplaintProviderResponses {
    private final boolean awaited;

    ProviderResponse(boolean awaited) {
      this.awaited = awaited;
    }

    @Override
    public boolean isAwaited(String complaintId) {
      return awaited;
    }
  }

  private final RecordingAuditTrail auditTrail =
      new RecordingAuditTrail(new SignedIn(new Caller("someone", Set.of("complaints-handler"))));

  private final Complaint complaint = ComplaintFiles.receivedAt("2026-11-23T09:00");
  private final InMemoryComplaints complaints = new InMemoryComplaints(complaint);

  private ComplaintEscalation escalation(boolean providerResponseAwaited) {
    return new ComplaintEscalation(
        auditTrail,
        new ProviderResponse(providerResponseAwaited),
        complaints,
        ComplaintFakes.clock());
  }

  private static Map<String, Object> breach(String breach, String dueVariable, String due) {
    return Map.of("breach", breach, dueVariable, Date.from(Instant.parse(due)));
  }

  @Test
  void aMissedDeadlineIsRecordedAsTheSystem() {
    escalation(false)
        .execute(
            ServiceTaskExecution.of(
                complaint.id(),
                breach("ACKNOWLEDGEMENT_OVERDUE", "acknowledgementDue", "2026-11-26T23:59:59Z")));

    assertThat(auditTrail.recorded).hasSize(1);
    assertThat(auditTrail.recorded.get(0).as()).isEqualTo(Caller.SYSTEM);
    assertThat(auditTrail.recorded.get(0).entry())
        .isEqualTo(
            new AuditEntry(
                AuditKind.CHANGE,
                "DEADLINE_BREACHED",
                "complaint",
                complaint.id(),
                "ACKNOWLEDGEMENT_OVERDUE"));
  }

  /** Issue 14 point 3: the breach is state on the complaint, which the manager's view reads. */
  @Test
  void responseDatePassedIsRecordedOnTheComplaintOncePerDateForTheManagersView() {
    Map<String, Object> passed = breach("RESPONSE_OVERDUE", "responseDue", "2027-01-06T23:59:59Z");

    escalation(false).execute(ServiceTaskExecution.of(complaint.id(), passed));
    escalation(false).execute(ServiceTaskExecution.of(complaint.id(), passed));

    assertThat(complaint.breaches())
        .singleElement()
        .satisfies(
            breach -> {
              assertThat(breach.kind()).isEqualTo(DeadlineBreach.Kind.RESPONSE_OVERDUE);
              assertThat(breach.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
              assertThat(breach.escalatedAt()).isEqualTo(ComplaintFakes.clock().instant());
            });
    assertThat(auditTrail.recorded).hasSize(1);

    escalation(false)
        .execute(
            ServiceTaskExecution.of(
                complaint.id(), breach("RESPONSE_OVERDUE", "responseDue", "2027-02-01T23:59:59Z")));
    assertThat(complaint.breaches())
        .extracting(DeadlineBreach::dueOn)
        .containsExactly(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 2, 1));
  }

  @Test
  void aProviderResponseIsEscalatedOnlyWhileItIsStillAwaited() {
    Map<String, Object> breach =
        breach("PROVIDER_RESPONSE_OVERDUE", "providerResponseDue", "2026-12-18T23:59:59Z");

    escalation(false).execute(ServiceTaskExecution.of(complaint.id(), breach));
    assertThat(auditTrail.recorded).isEmpty();
    assertThat(complaint.breaches()).isEmpty();

    escalation(true).execute(ServiceTaskExecution.of(complaint.id(), breach));
    assertThat(auditTrail.recorded)
        .extracting(recorded -> recorded.entry().action())
        .containsExactly("DEADLINE_BREACHED");
  }

  @Test
  void theHandlerIsRemindedAsTheSystemOnlyWhileTheResponseIsAwaited() {
    Map<String, Object> reminder = Map.of("reminder", "PROVIDER_RESPONSE_DUE_SOON");

    new ComplaintReminders(auditTrail, new ProviderResponse(false))
        .execute(ServiceTaskExecution.of("case-4", reminder));
    assertThat(auditTrail.recorded).isEmpty();

    new ComplaintReminders(auditTrail, new ProviderResponse(true))
        .execute(ServiceTaskExecution.of("case-4", reminder));
    assertThat(auditTrail.recorded.get(0).as()).isEqualTo(Caller.SYSTEM);
    assertThat(auditTrail.recorded.get(0).entry())
        .isEqualTo(
            new AuditEntry(
                AuditKind.CHANGE,
                "REMINDER_DUE",
                "complaint",
                "case-4",
                "PROVIDER_RESPONSE_DUE_SOON"));
  }

  @Test
  void sixMonthsPassingFlagsTheCaseAsTheSystem() {
    new ComplaintFlags(auditTrail)
        .execute(ServiceTaskExecution.of("case-2", Map.of("flag", "SIX_MONTHS_PASSED")));

    assertThat(auditTrail.recorded.get(0).as()).isEqualTo(Caller.SYSTEM);
    assertThat(auditTrail.recorded.get(0).entry())
        .isEqualTo(
            new AuditEntry(
                AuditKind.CHANGE, "CASE_FLAGGED", "complaint", "case-2", "SIX_MONTHS_PASSED"));
  }
}
