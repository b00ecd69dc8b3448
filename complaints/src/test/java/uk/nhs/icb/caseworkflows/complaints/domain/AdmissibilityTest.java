package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The time limit and remit rules by themselves, with the complaint's status given. */
class AdmissibilityTest {

  private static final Instant NOW = london("2026-03-12T10:00");

  private final AtomicReference<ComplaintStatus> status =
      new AtomicReference<>(ComplaintStatus.ACKNOWLEDGED);

  private Admissibility late() {
    return new Admissibility(false).of(status::get);
  }

  private Admissibility inTime() {
    return new Admissibility(true).of(status::get);
  }

  @Test
  void aComplaintInTimeAndWithinRemitIsAdmitted() {
    Admissibility admissibility = inTime();

    admissibility.decideWithinRemit(NOW, HANDLER);

    admissibility.requireAdmitted();
    assertThat(admissibility.isOutsideRemit()).isFalse();
    assertThat(admissibility.isRefusedAsLate()).isFalse();
  }

  @Test
  void remitIsDecidedBeforeLateness() {
    Admissibility admissibility = late();

    assertThatThrownBy(admissibility::requireAdmitted)
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Decide whether the complaint is for the ICB before agreeing its plan.");
  }

  @Test
  void aComplaintOutsideRemitIsNotAdmittedAndMayBeClosedForThat() {
    Admissibility admissibility = inTime();

    admissibility.decideOutsideRemit(OutsideRemitReason.values()[0], "NHS England", NOW, HANDLER);

    assertThat(admissibility.isOutsideRemit()).isTrue();
    assertThatThrownBy(admissibility::requireAdmitted)
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "This complaint is not for the ICB: close it with a letter saying where to go.");
  }

  @Test
  void aLateComplaintNeedsBothGoodReasonAndAFairInvestigation() {
    Admissibility admissibility = late();
    admissibility.decideWithinRemit(NOW, HANDLER);

    admissibility.decideOnLateComplaint(true, false, "Records destroyed", NOW, HANDLER);

    assertThat(admissibility.isRefusedAsLate()).isTrue();
    assertThatThrownBy(admissibility::requireAdmitted)
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("This late complaint was not accepted: close it as out of time.");
  }

  @Test
  void aRevisedDecisionOnLatenessReplacesTheFirst() {
    Admissibility admissibility = late();
    admissibility.decideWithinRemit(NOW, HANDLER);
    admissibility.decideOnLateComplaint(false, true, "No reason given", NOW, HANDLER);

    admissibility.decideOnLateComplaint(true, true, "She was in hospital", NOW, "kim");

    admissibility.requireAdmitted();
    assertThat(admissibility.lateDecision().orElseThrow().decidedBy()).isEqualTo("kim");
  }

  @Test
  void thereIsNoDecisionOnLatenessForAComplaintInTime() {
    assertThatThrownBy(() -> inTime().decideOnLateComplaint(true, true, "note", NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "This complaint was made in time, so there is no decision on lateness to record.");
  }

  @Test
  void theDecisionsCloseWhenTheComplaintIsPlanned() {
    Admissibility admissibility = inTime();
    status.set(ComplaintStatus.PLANNED);

    assertThatThrownBy(() -> admissibility.decideWithinRemit(NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("A decision on remit is not possible while the complaint is planned.");
  }
}
