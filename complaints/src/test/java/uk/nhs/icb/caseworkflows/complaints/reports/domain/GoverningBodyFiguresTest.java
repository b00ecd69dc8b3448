package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;

/**
 * The governing body's figures for a quarter from a known set of complaints: every count and share
 * through the small-number rule at its edges (0, 1, 7, 8, 12, 13), timeliness counted against the
 * dates that fell due in the period.
 */
class GoverningBodyFiguresTest {

  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 15);
  private static final CodeLabels SUBJECTS =
      labels(
          "COMMUNICATIONS", "Communications", "WAITING_TIMES", "Waiting times", "OTHER", "Other");
  private static final CodeLabels AREAS =
      labels("MENTAL_HEALTH", "Mental health", "COMMUNITY", "Community services");

  /** In April: 0; in May: 13 (12 of them about waiting times); in June: 8. */
  private static List<ComplaintForReport> known() {
    List<ComplaintForReport> complaints = new ArrayList<>();
    LocalDate may = LocalDate.of(2026, 5, 4);
    for (int i = 0; i < 13; i++) {
      // 12 acknowledged on their last day (in time), 1 a day late.
      LocalDate due = may.plusDays(3);
      complaints.add(
          new ComplaintForReport(
              may,
              due,
              i < 12 ? due : due.plusDays(1),
              null,
              null,
              null,
              null,
              i < 12 ? List.of("WAITING_TIMES") : List.of("COMMUNICATIONS"),
              List.of("COMMUNITY")));
    }
    LocalDate june = LocalDate.of(2026, 6, 1);
    for (int i = 0; i < 8; i++) {
      // 7 answered by the agreed date and upheld; 1 answered after it, not upheld.
      LocalDate responseDue = june.plusDays(20);
      complaints.add(
          new ComplaintForReport(
              june,
              june.plusDays(3),
              june.plusDays(1),
              responseDue,
              i < 7 ? responseDue : responseDue.plusDays(2),
              i < 7 ? responseDue : responseDue.plusDays(2),
              i < 7 ? IssueOutcome.UPHELD : IssueOutcome.NOT_UPHELD,
              List.of("COMMUNICATIONS", "OTHER"),
              List.of("MENTAL_HEALTH")));
    }
    // Received in March (before the quarter), its acknowledgement due in April: never done.
    complaints.add(
        new ComplaintForReport(
            LocalDate.of(2026, 3, 30),
            LocalDate.of(2026, 4, 2),
            null,
            null,
            null,
            null,
            null,
            List.of("OTHER"),
            List.of()));
    // Its response is due after the report's day: not counted yet.
    complaints.add(
        new ComplaintForReport(
            LocalDate.of(2026, 6, 20),
            LocalDate.of(2026, 6, 23),
            LocalDate.of(2026, 6, 22),
            LocalDate.of(2026, 6, 30),
            null,
            null,
            null,
            List.of("OTHER"),
            List.of()));
    return complaints;
  }

  private static GoverningBodyFigures figures(long referred) {
    Map<OmbudsmanDecision, Long> decided = new EnumMap<>(OmbudsmanDecision.class);
    decided.put(OmbudsmanDecision.UPHELD, 1L);
    decided.put(OmbudsmanDecision.NOT_UPHELD, 0L);
    return GoverningBodyFigures.of(
        Q1,
        LocalDate.of(2026, 6, 30),
        known(),
        SUBJECTS,
        AREAS,
        new GoverningBodyFigures.OmbudsmanCounts(referred, decided));
  }

  @Test
  void receivedInAllAndPerMonthAtTheRulesEdges() {
    GoverningBodyFigures figures = figures(0);
    // 13 + 8 + 1 = 22 received in the quarter; June has 9.
    assertThat(figures.received().shown()).isEqualTo("20");
    assertThat(shown(figures.receivedByMonth().counts()))
        .containsExactly(
            Map.entry("April 2026", "0"),
            Map.entry("May 2026", "15"),
            Map.entry("June 2026", "10"));
    assertThat(figures.receivedByMonth().total().shown()).isEqualTo("20");
  }

  @Test
  void timelinessCountsWhatFellDueAndItsShareComesFromPublishedCounts() {
    GoverningBodyFigures figures = figures(0);
    // Acknowledgements due: 13 in May + 8 in June + the one due 2 April never done + the one of
    // 23 June = 23; in time 12 + 8 + 1 = 21, late 1 + 1 = 2.
    assertThat(shown(figures.acknowledgements().counts()))
        .containsExactly(
            Map.entry(GoverningBodyFigures.ACKNOWLEDGED_IN_TIME, "20"),
            Map.entry(GoverningBodyFigures.ACKNOWLEDGED_LATE, "*"));
    assertThat(figures.acknowledgedInTime().shown()).isEqualTo("80%"); // 20 of 25
    // Responses due: 8 (the one due on 30 June is the report's day, not yet late).
    assertThat(shown(figures.responses().counts()))
        .containsExactly(
            Map.entry(GoverningBodyFigures.RESPONDED_IN_TIME, "*"),
            Map.entry(GoverningBodyFigures.RESPONDED_LATE, "*"));
    assertThat(figures.respondedInTime().shown()).isEqualTo("*");
  }

  @Test
  void outcomesSubjectsAndServiceAreas() {
    GoverningBodyFigures figures = figures(8);
    assertThat(shown(figures.outcomes().counts()))
        .containsExactly(
            Map.entry("Upheld", "*"),
            Map.entry("Partially upheld", "0"),
            Map.entry("Not upheld", "*"));
    assertThat(figures.outcomes().total().shown()).isEqualTo("10");
    // Each complaint under each of its subjects: 1 + 8 communications, 12 waiting, 8 + 1 other.
    assertThat(shown(figures.subjects().counts()))
        .containsExactly(
            Map.entry("Communications", "10"),
            Map.entry("Waiting times", "10"),
            Map.entry("Other", "10"));
    assertThat(shown(figures.serviceAreas().counts()))
        .containsExactly(Map.entry("Mental health", "10"), Map.entry("Community services", "15"));
  }

  @Test
  void ombudsmanReferralsAndDecisions() {
    assertThat(figures(8).ombudsman().counts().get(GoverningBodyFigures.REFERRED))
        .isEqualTo(PublishedCount.of(8));
    assertThat(shown(figures(1).ombudsman().counts()))
        .containsEntry(GoverningBodyFigures.REFERRED, "*")
        .containsEntry("Ombudsman decided: upheld", "*")
        .containsEntry("Ombudsman decided: not upheld", "0")
        .containsEntry("Ombudsman decided: not investigated", "0");
  }

  @Test
  void anEmptyQuarterShowsZeroesAndNoShares() {
    GoverningBodyFigures empty =
        GoverningBodyFigures.of(
            Q1,
            AS_OF,
            List.of(),
            SUBJECTS,
            AREAS,
            new GoverningBodyFigures.OmbudsmanCounts(0, Map.of()));
    assertThat(empty.received().shown()).isEqualTo("0");
    assertThat(empty.acknowledgedInTime().shown()).isEqualTo("none to count");
    assertThat(shown(empty.subjects().counts()))
        .containsOnlyKeys("Communications", "Waiting times", "Other");
  }

  private static Map<String, String> shown(Map<String, PublishedCount> counts) {
    Map<String, String> shown = new LinkedHashMap<>();
    counts.forEach((key, count) -> shown.put(key, count.shown()));
    return shown;
  }

  static CodeLabels labels(String... codesAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return new CodeLabels(labels);
  }
}
