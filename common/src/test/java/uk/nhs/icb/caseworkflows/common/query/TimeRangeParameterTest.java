package uk.nhs.icb.caseworkflows.common.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class TimeRangeParameterTest {

  @Test
  void aSummerDateAsFromIsMidnightInLondonThatDay() {
    assertThat(from("2026-07-01")).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
  }

  @Test
  void aSummerDateAsToIncludesTheWholeDay() {
    assertThat(to("2026-07-01")).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
  }

  @Test
  void aWinterDateIsMidnightUtcBecauseLondonIsOnGreenwichTime() {
    assertThat(from("2026-01-15")).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
    assertThat(to("2026-01-15")).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
  }

  @Test
  void theDayTheClocksGoForwardIsTwentyThreeHoursLong() {
    // British Summer Time starts at 01:00 UTC on Sunday 29 March 2026.
    Instant from = from("2026-03-29");
    Instant to = to("2026-03-29");

    assertThat(from).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
    assertThat(to).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
  }

  @Test
  void theDayTheClocksGoBackIsTwentyFiveHoursLong() {
    // British Summer Time ends at 01:00 UTC on Sunday 25 October 2026.
    Instant from = from("2026-10-25");
    Instant to = to("2026-10-25");

    assertThat(from).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
    assertThat(to).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
  }

  @Test
  void aDateAsToIsWhereTheNextDayAsFromBegins() {
    assertThat(to("2026-07-01")).isEqualTo(from("2026-07-02"));
  }

  @Test
  void anInstantIsTakenAsItIsForEitherEnd() {
    Instant nineOClock = Instant.parse("2026-11-22T09:00:00Z");

    assertThat(from("2026-11-22T09:00:00Z")).isEqualTo(nineOClock);
    assertThat(to("2026-11-22T09:00:00Z")).isEqualTo(nineOClock);
    assertThat(to("2026-11-22T09:00:00.250Z")).isEqualTo(Instant.parse("2026-11-22T09:00:00.250Z"));
  }

  @Test
  void noValueMeansNoLimit() {
    assertThat(from(null)).isNull();
    assertThat(to(null)).isNull();
    assertThat(from("")).isNull();
    assertThat(to("   ")).isNull();
  }

  @Test
  void garbageAsFromIsRejectedNamingFrom() {
    InvalidInputException thrown =
        catchThrowableOfType(InvalidInputException.class, () -> from("yesterday"));

    assertThat(thrown.errors())
        .containsExactly(
            new FieldError(
                "from", "must be a date (2026-11-22) or an instant (2026-11-22T09:00:00Z)"));
  }

  @Test
  void garbageAsToIsRejectedNamingTo() {
    InvalidInputException thrown =
        catchThrowableOfType(InvalidInputException.class, () -> to("next week"));

    assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("to");
  }

  @Test
  void impossibleDatesAreRejectedRatherThanRolledOver() {
    for (String impossible :
        new String[] {"2026-02-30", "2026-13-01", "2026-7-1-1", "22/11/2026"}) {
      InvalidInputException thrown =
          catchThrowableOfType(InvalidInputException.class, () -> from(impossible));
      assertThat(thrown).as(impossible).isNotNull();
      assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("from");
    }
  }

  @Test
  void aLocalTimeWithoutAZoneIsRejectedBecauseItIsAmbiguous() {
    InvalidInputException thrown =
        catchThrowableOfType(InvalidInputException.class, () -> to("2026-11-22T09:00:00"));

    assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("to");
  }

  /** {@code from} as the audit search reads it. */
  private static Instant from(String text) {
    return TimeRangeParameter.parse("from", text, false);
  }

  /** {@code to} as the audit search reads it. */
  private static Instant to(String text) {
    return TimeRangeParameter.parse("to", text, true);
  }
}
