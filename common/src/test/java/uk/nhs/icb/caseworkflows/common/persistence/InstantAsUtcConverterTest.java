package uk.nhs.icb.caseworkflows.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstantAsUtcConverterTest {

  private final InstantAsUtcConverter converter = new InstantAsUtcConverter();

  private TimeZone originalDefault;

  @BeforeEach
  void rememberTheDefaultTimeZone() {
    originalDefault = TimeZone.getDefault();
  }

  @AfterEach
  void restoreTheDefaultTimeZone() {
    TimeZone.setDefault(originalDefault);
  }

  @Test
  void anInstantIsStoredAsItsUtcWallClockTime() {
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

    assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-07-01T09:30:15.123456789Z")))
        .isEqualTo(LocalDateTime.of(2026, 7, 1, 9, 30, 15, 123_456_789));
  }

  @Test
  void anInstantReadBackIsExactlyTheInstantWrittenToTheNanosecond() {
    Instant written = Instant.parse("2026-07-01T09:30:15.123456789Z");
    for (String zone : new String[] {"America/New_York", "Europe/London", "Asia/Kolkata", "UTC"}) {
      TimeZone.setDefault(TimeZone.getTimeZone(zone));

      Instant read = converter.convertToEntityAttribute(converter.convertToDatabaseColumn(written));

      assertThat(read).as("server in " + zone).isEqualTo(written);
    }
  }

  @Test
  void aTimeThatDoesNotExistOnTheServersLocalClockSurvivesTheRoundTrip() {
    // 02:30 on 8 March 2026 never happened in New York (clocks went from 02:00 to 03:00).
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    Instant written = Instant.parse("2026-03-08T02:30:00.000000001Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(written)))
        .isEqualTo(written);
  }

  @Test
  void aTimeInTheHourThatLondonRepeatsSurvivesTheRoundTrip() {
    // 01:30 on 25 October 2026 happens twice in London; in UTC it is unambiguous.
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
    Instant first = Instant.parse("2026-10-25T00:30:00Z");
    Instant second = Instant.parse("2026-10-25T01:30:00Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(first)))
        .isEqualTo(first);
    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(second)))
        .isEqualTo(second);
  }

  @Test
  void aStoredUtcTimeIsReadAsThatInstantWhateverTheServersZone() {
    TimeZone.setDefault(TimeZone.getTimeZone("Australia/Sydney"));

    assertThat(converter.convertToEntityAttribute(LocalDateTime.of(2026, 1, 15, 0, 0)))
        .isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
  }

  @Test
  void nullsPassThrough() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
