package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.application.ComplaintListItem.isOverdue;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.ACKNOWLEDGED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.CLOSED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.INVESTIGATING;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RECEIVED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RESPONDED;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComplaintOverdueTest {

  private static final LocalDate ACK_DUE = LocalDate.of(2026, 3, 5);
  private static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 4, 20);
  private static final Instant ACKNOWLEDGED_AT = Instant.parse("2026-03-04T10:00:00Z");
  private static final Instant RESPONDED_AT = Instant.parse("2026-04-24T10:00:00Z");

  @Test
  void anUnacknowledgedComplaintIsInTimeOnItsDueDay() {
    assertThat(isOverdue(RECEIVED, ACK_DUE, null, null, null, ACK_DUE)).isFalse();
  }

  @Test
  void anUnacknowledgedComplaintIsOverdueTheDayAfter() {
    assertThat(isOverdue(RECEIVED, ACK_DUE, null, null, null, ACK_DUE.plusDays(1))).isTrue();
  }

  @Test
  void anAcknowledgedComplaintIsNotOverdueBeforeItsResponseDate() {
    assertThat(isOverdue(ACKNOWLEDGED, ACK_DUE, ACKNOWLEDGED_AT, null, null, ACK_DUE.plusDays(30)))
        .isFalse();
    assertThat(isOverdue(INVESTIGATING, ACK_DUE, ACKNOWLEDGED_AT, RESPONSE_DUE, null, RESPONSE_DUE))
        .isFalse();
  }

  @Test
  void anInvestigationIsOverdueOnceItsResponseDateHasPassed() {
    assertThat(
            isOverdue(
                INVESTIGATING,
                ACK_DUE,
                ACKNOWLEDGED_AT,
                RESPONSE_DUE,
                null,
                RESPONSE_DUE.plusDays(1)))
        .isTrue();
  }

  @Test
  void aLateResponseIsNoLongerOverdueOnceSent() {
    assertThat(
            isOverdue(
                RESPONDED,
                ACK_DUE,
                ACKNOWLEDGED_AT,
                RESPONSE_DUE,
                RESPONDED_AT,
                RESPONSE_DUE.plusDays(10)))
        .isFalse();
  }

  @Test
  void aClosedComplaintIsNeverOverdue() {
    assertThat(isOverdue(CLOSED, ACK_DUE, null, null, null, ACK_DUE.plusDays(100))).isFalse();
  }
}
