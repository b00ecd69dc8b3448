package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  private final TimeLimit twelveMonths = new TimeLimit(Period.ofMonths(12));

  private static ComplaintDetails happened(LocalDate on, LocalDate learntOn) {
    return new ComplaintDetails("what happened", on, learntOn, null);
  }

  @Test
  void aComplaintMadeExactlyTwelveMonthsAfterTheEventIsInTime() {
    ComplaintDetails details = happened(LocalDate.of(2025, 3, 10), null);

    assertThat(twelveMonths.isInTime(details, LocalDate.of(2026, 3, 10))).isTrue();
  }

  @Test
  void aComplaintMadeTheDayAfterIsLate() {
    ComplaintDetails details = happened(LocalDate.of(2025, 3, 10), null);

    assertThat(twelveMonths.isInTime(details, LocalDate.of(2026, 3, 11))).isFalse();
  }

  @Test
  void theTwelveMonthsRunFromLearningOfItWhenThatWasLater() {
    ComplaintDetails details = happened(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 6, 1));

    assertThat(twelveMonths.isInTime(details, LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(twelveMonths.isInTime(details, LocalDate.of(2026, 6, 2))).isFalse();
  }

  @Test
  void aComplaintWithNoDateCannotBeShownLateSoItIsInTime() {
    assertThat(twelveMonths.isInTime(happened(null, null), LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void twelveMonthsFromALeapDayEndOnTheLastDayOfFebruary() {
    assertThat(twelveMonths.lastDayToComplain(LocalDate.of(2024, 2, 29)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void theTimeLimitIsASetting() {
    TimeLimit sixMonths = new TimeLimit(Period.ofMonths(6));
    ComplaintDetails details = happened(LocalDate.of(2025, 3, 10), null);

    assertThat(sixMonths.isInTime(details, LocalDate.of(2025, 9, 10))).isTrue();
    assertThat(sixMonths.isInTime(details, LocalDate.of(2025, 9, 11))).isFalse();
  }
}
