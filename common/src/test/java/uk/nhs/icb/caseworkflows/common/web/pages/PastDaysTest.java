package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Days already past, counted in London: 23:30 UTC on 30 June is already 1 July there. */
class PastDaysTest {

  private final PastDays days =
      new PastDays(Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC));

  private static FormValues typed(String name, String day, String month, String year) {
    return FormValues.of(
        Map.of(name + "-day", day, name + "-month", month, name + "-year", year), FieldLimits.NONE);
  }

  @Test
  void todayIsTheDayInLondon() {
    assertThat(days.today()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void aDayAfterTodayIsRefusedBesideItsFirstBox() {
    FormValues typed = typed("happenedOn", "2", "7", "2026");
    DateInput.Result tomorrow = typed.date("happenedOn", "When it happened", true);

    days.notAfterToday(typed, tomorrow);

    assertThat(typed.errors().messageFor("happenedOn-day"))
        .contains("The date must be today or in the past");
  }

  @Test
  void todayAndEarlierDaysAndBlanksAreAccepted() {
    FormValues typed = typed("receivedOn", "1", "7", "2026");

    days.notAfterToday(
        typed,
        typed.date("receivedOn", "Date received", false),
        typed.date("other", "Other", false));

    assertThat(typed.errors().isEmpty()).isTrue();
  }

  @Test
  void aDateOfBirthMustBeBeforeToday() {
    FormValues typed = typed("born", "1", "7", "2026");
    DateInput.Result born = typed.date("born", "Date of birth", true);

    days.beforeToday(typed, born, "Date of birth must be in the past");

    assertThat(typed.errors().messageFor("born-day")).contains("Date of birth must be in the past");
  }

  @Test
  void anEarlierDayIsNoonInLondonAndTodayOrNothingIsNow() {
    FormValues typed = typed("receivedOn", "3", "3", "2026");

    assertThat(days.instantOf(typed.date("receivedOn", "Date received", false)))
        .as("noon GMT in winter")
        .isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
    assertThat(days.instantOf(typed("d", "1", "6", "2026").date("d", "Day", false)))
        .as("noon BST in summer")
        .isEqualTo(Instant.parse("2026-06-01T11:00:00Z"));
    assertThat(days.instantOf(typed("d", "1", "7", "2026").date("d", "Day", false)))
        .isEqualTo(Instant.parse("2026-06-30T23:30:00Z"));
    assertThat(days.instantOf(FormValues.empty().date("d", "Day", false)))
        .isEqualTo(Instant.parse("2026-06-30T23:30:00Z"));
  }
}
