package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.receivedAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResponseDateAndSixMonthsTest {

  @Test
  void theResponseDateChangesWithARecordedReason() {
    Complaint complaint = investigating("Delay");

    changeResponseDate(
        complaint,
        LocalDate.of(2026, 5, 1),
        "Agreed with Jane: independent clinical review needed",
        "2026-03-20T10:00");

    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 5, 1));
    ResponseDateChange change = complaint.timetable().responseDateChanges().get(0);
    assertThat(change.from()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(change.to()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(change.reason()).isEqualTo("Agreed with Jane: independent clinical review needed");
    assertThat(change.changedAt()).isEqualTo(london("2026-03-20T10:00"));
    assertThat(change.changedBy()).isEqualTo("kim");
  }

  @Test
  void theResponseDateCannotChangeWithoutAReason() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(
            () -> changeResponseDate(complaint, LocalDate.of(2026, 5, 1), " ", "2026-03-20T10:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the reason for changing the response date is required");
    assertThat(complaint.timetable().responseDateChanges()).isEmpty();
  }

  @Test
  void theResponseDateCannotBeMovedIntoThePast() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(
            () ->
                changeResponseDate(
                    complaint, LocalDate.of(2026, 3, 19), "Typo", "2026-03-20T10:00"))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The new response date cannot be in the past.");
  }

  @Test
  void aComplaintWithoutAPlanHasNoResponseDateToChange() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    assertThatThrownBy(
            () ->
                changeResponseDate(
                    complaint, LocalDate.of(2026, 5, 1), "Agreed", "2026-03-03T10:00"))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Changing the response date is not possible while the complaint is just received.");
  }

  @Test
  void aDelayLetterIsDueOnceTheSixMonthsBeginningWithTheDayOfReceiptHaveEnded() {
    // Received 2 March 2026: six months beginning with that day end on 1 September.
    Complaint complaint = investigating("Delay");

    assertThat(complaint.timetable().sixMonthDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(complaint.needsDelayLetterOn(LocalDate.of(2026, 9, 1))).isFalse();
    assertThat(complaint.needsDelayLetterOn(LocalDate.of(2026, 9, 2))).isTrue();
  }

  @Test
  void aLongerPeriodAgreedBeforeTheSixMonthsEndPutsTheDelayLetterOff() {
    Complaint complaint = investigating("Delay");

    complaint
        .timetable()
        .agreeLaterSixMonthDate(LocalDate.of(2026, 10, 30), london("2026-08-20T10:00"));

    assertThat(complaint.timetable().sixMonthDate()).isEqualTo(LocalDate.of(2026, 10, 30));
    assertThat(complaint.needsDelayLetterOn(LocalDate.of(2026, 9, 3))).isFalse();
  }

  @Test
  void aLongerPeriodCannotBeAgreedOnceTheSixMonthsHaveEnded() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(
            () ->
                complaint
                    .timetable()
                    .agreeLaterSixMonthDate(LocalDate.of(2026, 10, 30), london("2026-09-03T10:00")))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("The six months ended on Tuesday 1 September 2026");
  }

  /** kim changes the response date, at the given London time. */
  private static void changeResponseDate(
      Complaint complaint, LocalDate to, String reason, String londonTime) {
    complaint.timetable().changeResponseDate(to, reason, london(londonTime), "kim");
  }
}
