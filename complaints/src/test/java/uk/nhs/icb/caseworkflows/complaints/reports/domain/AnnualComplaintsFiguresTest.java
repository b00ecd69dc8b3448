package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;

/** The regulation 18 figures from a known set of complaints, at the small-number rule's edges. */
class AnnualComplaintsFiguresTest {

  private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  private static final LocalDate IN_YEAR = LocalDate.of(2025, 6, 2);
  private static final LocalDate BEFORE = LocalDate.of(2025, 3, 31);
  private static final LocalDate AFTER = LocalDate.of(2026, 4, 1);

  private static List<ComplaintForReport> known() {
    List<ComplaintForReport> complaints = new ArrayList<>();
    // 13 received in the year: 8 upheld or partly upheld in it, 3 not upheld, 2 undecided.
    for (int i = 0; i < 5; i++) {
      complaints.add(
          new ComplaintForReport(IN_YEAR, IN_YEAR, IssueOutcome.UPHELD, List.of("ACCESS")));
    }
    for (int i = 0; i < 3; i++) {
      complaints.add(
          new ComplaintForReport(
              IN_YEAR, IN_YEAR, IssueOutcome.PARTIALLY_UPHELD, List.of("COMMS")));
    }
    for (int i = 0; i < 3; i++) {
      complaints.add(
          new ComplaintForReport(IN_YEAR, IN_YEAR, IssueOutcome.NOT_UPHELD, List.of("COMMS")));
    }
    complaints.add(new ComplaintForReport(IN_YEAR, null, null, List.of("ACCESS", "COMMS")));
    complaints.add(new ComplaintForReport(IN_YEAR, null, null, List.of("COMMS")));
    // Received before the year, decided well-founded in it: counts as decided, not as received.
    complaints.add(new ComplaintForReport(BEFORE, IN_YEAR, IssueOutcome.UPHELD, List.of("ACCESS")));
    // Outside the year either way.
    complaints.add(new ComplaintForReport(AFTER, AFTER, IssueOutcome.UPHELD, List.of("ACCESS")));
    return complaints;
  }

  @Test
  void theFiguresOfAKnownYearArePublishedThroughTheSmallNumberRule() {
    AnnualComplaintsFigures figures =
        AnnualComplaintsFigures.of(
            YEAR, known(), List.of("ACCESS", "COMMS", "OTHER"), OptionalLong.of(1));
    assertEquals("15", figures.received().shown(), "13 received: 15");
    assertEquals("10", figures.wellFounded().shown(), "9 well-founded decided in the year: 10");
    assertEquals("*", figures.referredToOmbudsman().orElseThrow().shown(), "1 referral: *");
    assertEquals("*", figures.subjects().counts().get("ACCESS").shown(), "6 on access: *");
    assertEquals(
        "10",
        figures.subjects().counts().get("COMMS").shown(),
        "3 + 3 + 2 = 8 on communication: 10");
    assertEquals("0", figures.subjects().counts().get("OTHER").shown());
  }

  @Test
  void withoutTheOmbudsmanCountTheFigureIsAbsentNotZero() {
    AnnualComplaintsFigures figures =
        AnnualComplaintsFigures.of(YEAR, known(), List.of("ACCESS"), OptionalLong.empty());
    assertTrue(figures.referredToOmbudsman().isEmpty());
  }

  @Test
  void anEmptyYearShowsZeroes() {
    AnnualComplaintsFigures figures =
        AnnualComplaintsFigures.of(YEAR, List.of(), List.of("ACCESS"), OptionalLong.of(0));
    assertEquals("0", figures.received().shown());
    assertEquals("0", figures.wellFounded().shown());
    assertEquals("0", figures.referredToOmbudsman().orElseThrow().shown());
  }
}
