package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The closure rules by themselves, given the complaint's status and admissibility. */
class ClosureTest {

  private static final Instant NOW = london("2026-03-12T10:00");

  private static Admissibility admissibility(boolean inTime) {
    return new Admissibility(inTime).of(() -> ComplaintStatus.ACKNOWLEDGED);
  }

  @Test
  void aClosureDateStartsTheRetentionClockInEngland() {
    Closure closure =
        Closure.of(
            ClosureReason.RESPONDED,
            ComplaintStatus.RESPONDED,
            admissibility(true),
            Instant.parse("2026-06-30T23:30:00Z"),
            HANDLER);

    assertThat(closure.closedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(closure.oralResolution()).isEmpty();
  }

  @Test
  void onlyAResponseSentClosesAsResponded() {
    assertThatThrownBy(
            () ->
                Closure.of(
                    ClosureReason.RESPONDED,
                    ComplaintStatus.INVESTIGATING,
                    admissibility(true),
                    NOW,
                    HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Closing as responded is not possible while the complaint is being investigated.");
  }

  @Test
  void aClosedComplaintIsNotClosedAgain() {
    assertThatThrownBy(
            () ->
                Closure.of(
                    ClosureReason.WITHDRAWN,
                    ComplaintStatus.CLOSED,
                    admissibility(true),
                    NOW,
                    HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("This complaint is closed.");
  }

  @Test
  void outOfTimeOnlyWhenALateComplaintWasRefused() {
    Admissibility late = admissibility(false);
    assertThatThrownBy(
            () ->
                Closure.of(
                    ClosureReason.OUT_OF_TIME, ComplaintStatus.ACKNOWLEDGED, late, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Only a late complaint that was not accepted can be closed as out of time.");

    late.decideOnLateComplaint(false, false, "No reason, and the staff have left", NOW, HANDLER);

    assertThat(
            Closure.of(ClosureReason.OUT_OF_TIME, ComplaintStatus.ACKNOWLEDGED, late, NOW, HANDLER)
                .reason())
        .isEqualTo(ClosureReason.OUT_OF_TIME);
  }

  @Test
  void outsideRemitOnlyOnceFoundNotForTheIcb() {
    assertThatThrownBy(
            () ->
                Closure.of(
                    ClosureReason.OUTSIDE_REMIT,
                    ComplaintStatus.RECEIVED,
                    admissibility(true),
                    NOW,
                    HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Record that the complaint is not for the ICB, and where to go, before closing it.");
  }

  @Test
  void aSpokenComplaintPutRightByTheNextWorkingDayIsClosedWithHowItWasPutRight() {
    Receipt byPhone = Receipt.of(Channel.TELEPHONE, london("2026-03-06T16:00"), HANDLER);

    Closure closure =
        Closure.resolvedOrally(
            byPhone, "Apologised and rebooked", london("2026-03-09T11:00"), HANDLER, DEADLINES);

    assertThat(closure.reason()).isEqualTo(ClosureReason.RESOLVED_ORALLY);
    assertThat(closure.oralResolution()).contains("Apologised and rebooked");
  }

  @Test
  void aWrittenComplaintIsNeverResolvedOrally() {
    Receipt byLetter = Receipt.of(Channel.LETTER, london("2026-03-06T16:00"), HANDLER);

    assertThatThrownBy(
            () ->
                Closure.resolvedOrally(
                    byLetter, "Apologised", london("2026-03-06T17:00"), HANDLER, DEADLINES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageStartingWith("Only a complaint made by telephone or in person");
  }
}
