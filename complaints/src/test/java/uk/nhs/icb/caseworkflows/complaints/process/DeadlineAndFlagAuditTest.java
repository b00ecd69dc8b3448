package uk.nhs.icb.caseworkflows.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintProviderResponses;
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

  @Test
  void aMissedDeadlineIsRecordedAsTheSystem() {
    new ComplaintEscalation(auditTrail, new ProviderResponse(false))
        .execute(ServiceTaskExecution.of("case-1", Map.of("breach", "ACKNOWLEDGEMENT_OVERDUE")));

    assertThat(auditTrail.recorded).hasSize(1);
    assertThat(auditTrail.recorded.get(0).as()).isEqualTo(Caller.SYSTEM);
    assertThat(auditTrail.recorded.get(0).entry())
        .isEqualTo(
            new AuditEntry(
                AuditKind.CHANGE,
                "DEADLINE_BREACHED",
                "complaint",
                "case-1",
                "ACKNOWLEDGEMENT_OVERDUE"));
  }

  @Test
  void aProviderResponseIsEscalatedOnlyWhileItIsStillAwaited() {
    Map<String, Object> breach = Map.of("breach", "PROVIDER_RESPONSE_OVERDUE");

    new ComplaintEscalation(auditTrail, new ProviderResponse(false))
        .execute(ServiceTaskExecution.of("case-3", breach));
    assertThat(auditTrail.recorded).isEmpty();

    new ComplaintEscalation(auditTrail, new ProviderResponse(true))
        .execute(ServiceTaskExecution.of("case-3", breach));
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
