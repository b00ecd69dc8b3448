package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;

/** The sections every case page shows, as people read them. */
class CaseSectionsTest {

  /** Wednesday 4 November 2026, midday. */
  private final WorkingDayCalendar calendar =
      new WorkingDayCalendar(
          BankHolidays.englandAndWales(),
          Clock.fixed(Instant.parse("2026-11-04T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void aDeadlineSaysHowManyWorkingDaysAreLeftOrHowLateItIs() {
    assertThat(CaseSections.due(LocalDate.of(2026, 11, 5), false, calendar))
        .isEqualTo("Due 5 November 2026 (1 working day left)");
    assertThat(CaseSections.due(LocalDate.of(2026, 11, 9), false, calendar))
        .isEqualTo("Due 9 November 2026 (3 working days left)");
    assertThat(CaseSections.due(LocalDate.of(2026, 11, 4), false, calendar))
        .isEqualTo("Due 4 November 2026 (due today)");
    assertThat(CaseSections.due(LocalDate.of(2026, 10, 30), false, calendar))
        .isEqualTo("Due 30 October 2026 (overdue by 3 working days)");
    assertThat(CaseSections.due(LocalDate.of(2026, 10, 30), true, calendar))
        .isEqualTo("Due 30 October 2026");
  }

  @Test
  void aSummaryLeavesOutWhatIsEmptyAndSizesReadAsAFileManagerSaysThem() {
    List<Map<String, String>> rows = new ArrayList<>();
    CaseSections.row(rows, "Name", "Ada");
    CaseSections.row(rows, "Email", " ");
    CaseSections.row(rows, "Telephone", null);
    assertThat(rows).containsExactly(Map.of("key", "Name", "value", "Ada"));

    assertThat(CaseSections.size(900)).isEqualTo("900 bytes");
    assertThat(CaseSections.size(12_300)).isEqualTo("12 KB");
    assertThat(CaseSections.size(2_500_000)).isEqualTo("2.4 MB");
    assertThat(CaseSections.when(Instant.parse("2026-07-01T13:05:00Z")))
        .as("in UK summer time")
        .isEqualTo("1 Jul 2026, 14:05");
  }

  @Test
  void aDeadlineMetSaysWhenOtherwiseWhenItIsDue() {
    LocalDate due = LocalDate.of(2026, 11, 9);

    assertThat(
            CaseSections.sentOrDue(
                Optional.of(Instant.parse("2026-11-03T10:00:00Z")), due, false, calendar))
        .isEqualTo("Sent 3 November 2026");
    assertThat(CaseSections.sentOrDue(Optional.empty(), due, false, calendar))
        .isEqualTo("Due 9 November 2026 (3 working days left)");
    assertThat(CaseSections.sentOrDue(Optional.empty(), due, true, calendar))
        .isEqualTo("Due 9 November 2026");
  }

  @Test
  void aClosureLeavesUnknownDatesEmpty() {
    assertThat(
            CaseSections.closure(
                "Withdrawn",
                Instant.parse("2026-11-03T10:00:00Z"),
                Optional.empty(),
                Optional.empty()))
        .isEqualTo(
            Map.of(
                "reason", "Withdrawn", "on", "3 November 2026", "retention", "", "keptUntil", ""));
  }

  @Test
  void eachLetterListsOnlyTheFurtherFormsItWasSentIn() {
    LetterSummary both = acknowledgement("l-1", "lp", "pt");
    LetterSummary standardOnly = acknowledgement("l-2", null, null);

    List<Map<String, Object>> letters =
        CaseSections.letters(List.of(both, standardOnly), "/icb", "probe", "p-1");

    assertThat(letters.get(0)).containsEntry("href", "/icb/api/cases/probe/p-1/letters/l-1");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> otherForms =
        (List<Map<String, String>>) letters.get(0).get("otherForms");
    assertThat(otherForms)
        .extracting(form -> form.get("href"))
        .containsExactly(
            "/icb/api/cases/probe/p-1/letters/l-1?format=large-print",
            "/icb/api/cases/probe/p-1/letters/l-1?format=plain-text");
    assertThat(letters.get(1)).containsEntry("otherForms", List.of());
  }

  /** An acknowledgement kept with the large-print and plain-text forms named, if any. */
  private static LetterSummary acknowledgement(String id, String largePrint, String plainText) {
    return new LetterSummary(
        id,
        "ack",
        "Acknowledgement",
        1,
        "Mr Hughes",
        "ack.pdf",
        "h",
        Instant.parse("2026-11-03T10:00:00Z"),
        "s",
        10,
        largePrint,
        plainText);
  }
}
