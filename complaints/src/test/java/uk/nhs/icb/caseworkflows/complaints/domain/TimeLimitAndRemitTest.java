package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consents;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.receivedAt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;

class TimeLimitAndRemitTest {

  private static final Instant NOW = london("2026-03-12T10:00");

  private static Complaint lateAndAcknowledged() {
    Complaint complaint = receivedAt("2026-03-11T10:00", byJane(LocalDate.of(2025, 1, 10)));
    complaint.admissibility().decideWithinRemit(NOW, HANDLER);
    complaint.acknowledge(NOW, HANDLER);
    return complaint;
  }

  private static void plan(Complaint complaint) {
    ConsentCheck janeAgrees =
        consents(
            consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"));
    complaint.plan(
        ComplaintPlan.withDefaultResponseDate(List.of("Delay"), Investigator.ICB),
        janeAgrees,
        DEADLINES,
        NOW,
        HANDLER);
  }

  @Test
  void aLateComplaintCannotBePlannedUntilSomeoneDecidesOnTheDelay() {
    Complaint complaint = lateAndAcknowledged();

    assertThatThrownBy(() -> plan(complaint))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("made after the time limit")
        .hasMessageContaining("good reason")
        .hasMessageContaining("investigated fairly");
  }

  @Test
  void aLateComplaintWithGoodReasonThatCanStillBeInvestigatedFairlyGoesOn() {
    Complaint complaint = lateAndAcknowledged();

    complaint
        .admissibility()
        .decideOnLateComplaint(true, true, "In hospital for most of the year", NOW, "kim");
    plan(complaint);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.PLANNED);
    assertThat(complaint.admissibility().lateDecision().orElseThrow().decidedBy()).isEqualTo("kim");
  }

  @Test
  void aGoodReasonIsNotEnoughIfItCanNoLongerBeInvestigatedFairly() {
    Complaint complaint = lateAndAcknowledged();

    complaint
        .admissibility()
        .decideOnLateComplaint(true, false, "The GP involved has retired abroad", NOW, "kim");

    assertThat(complaint.admissibility().lateDecision().orElseThrow().accepts()).isFalse();
    assertThatThrownBy(() -> plan(complaint))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("This late complaint was not accepted: close it as out of time.");
  }

  @Test
  void aLateComplaintNotAcceptedIsClosedAsOutOfTime() {
    Complaint complaint = lateAndAcknowledged();
    complaint
        .admissibility()
        .decideOnLateComplaint(false, true, "No reason given for the delay", NOW, "kim");

    complaint.close(ClosureReason.OUT_OF_TIME, NOW, "kim");

    assertThat(complaint.closure().orElseThrow().reason()).isEqualTo(ClosureReason.OUT_OF_TIME);
  }

  @Test
  void aComplaintMadeInTimeCannotBeClosedAsOutOfTime() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    assertThatThrownBy(() -> complaint.close(ClosureReason.OUT_OF_TIME, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
    assertThatThrownBy(
            () -> complaint.admissibility().decideOnLateComplaint(true, true, "n/a", NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "This complaint was made in time, so there is no decision on lateness to record.");
  }

  @Test
  void aComplaintCannotBePlannedBeforeItsRemitIsDecided() {
    Complaint complaint = receivedAt("2026-03-02T10:00");
    complaint.acknowledge(NOW, HANDLER);

    assertThatThrownBy(() -> plan(complaint))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Decide whether the complaint is for the ICB before agreeing its plan.");
  }

  @Test
  void aComplaintNotForTheIcbIsClosedSayingWhereToGo() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    complaint
        .admissibility()
        .decideOutsideRemit(
            OutsideRemitReason.NOT_NHS, "Anytown Borough Council adult social care", NOW, HANDLER);
    complaint.close(ClosureReason.OUTSIDE_REMIT, NOW, HANDLER);

    RemitDecision remit = complaint.admissibility().remit().orElseThrow();
    assertThat(remit.withinRemit()).isFalse();
    assertThat(remit.outsideReason()).isEqualTo(OutsideRemitReason.NOT_NHS);
    assertThat(remit.whereToGo()).isEqualTo("Anytown Borough Council adult social care");
    assertThat(complaint.isClosed()).isTrue();
  }

  @Test
  void aComplaintForTheIcbCannotBeClosedAsOutsideRemit() {
    Complaint complaint = receivedAt("2026-03-02T10:00");
    complaint.admissibility().decideWithinRemit(NOW, HANDLER);

    assertThatThrownBy(() -> complaint.close(ClosureReason.OUTSIDE_REMIT, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("where to go");
  }

  @Test
  void aComplaintOutsideRemitCannotBePlanned() {
    Complaint complaint = receivedAt("2026-03-02T10:00");
    complaint
        .admissibility()
        .decideOutsideRemit(
            OutsideRemitReason.WITH_OMBUDSMAN, "The Ombudsman already has it", NOW, HANDLER);
    complaint.acknowledge(NOW, HANDLER);

    assertThatThrownBy(() -> plan(complaint))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "This complaint is not for the ICB: close it with a letter saying where to go.");
  }
}
