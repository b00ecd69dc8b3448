package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/** Dates in a letter issued on Thursday 26 March 2026, a week before Easter. */
class LetterDatesTest {

  private final LetterDates dates =
      new LetterDates(
          new WorkingDayCalendar(
              BankHolidays.englandAndWales(),
              Clock.fixed(Instant.parse("2026-03-26T10:00:00Z"), ZoneId.of("UTC"))));

  @Test
  void aReplyIsDueTheGivenNumberOfWorkingDaysAfterTheDayOfIssueSkippingBankHolidays() {
    assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 3, 26));
    // Good Friday 3 April and Easter Monday 6 April 2026 are not working days.
    assertThat(dates.replyBy(10)).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(dates.replyBy(1)).isEqualTo(LocalDate.of(2026, 3, 27));
  }

  @Test
  void aLetterGivesAtLeastOneWorkingDayToReply() {
    assertThatThrownBy(() -> dates.replyBy(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMomentOnFileIsTheDayItWasInEngland() {
    // 23:30 UTC on 31 March 2026 is already 1 April in British Summer Time.
    Instant lateEvening = Instant.parse("2026-03-31T23:30:00Z");

    assertThat(dates.dayOf(lateEvening)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(dates.inWords(lateEvening)).isEqualTo("1 April 2026");
  }

  @Test
  void aDayInASentenceIsWrittenTheUkWay() {
    assertThat(LetterDates.inWords(LocalDate.of(2026, 3, 5))).isEqualTo("5 March 2026");
  }
}
