package uk.nhs.icb.caseworkflows.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditKind;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.RecordingAuditTrail;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.SignedIn;

/** Timer jobs record breaches and flags as the system, whoever else may be signed in. */
class DeadlineAndFlagAuditTest {

  private final RecordingAuditTrail auditTrail =
      new RecordingAuditTrail(new SignedIn(new Caller("someone", Set.of("complaints-handler"))));

  @Test
  void aMissedDeadlineIsRecordedAsTheSystem() {
    new ComplaintEscalation(auditTrail)
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
