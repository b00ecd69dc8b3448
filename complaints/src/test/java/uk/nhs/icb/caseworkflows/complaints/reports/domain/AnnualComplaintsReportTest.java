package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;

/**
 * The annual complaints report of regulation 18 from a known set of complaints: the three numbers,
 * the subject matter under its labels, matters of general importance, and the actions listed only
 * when their number may be published.
 */
class AnnualComplaintsReportTest {

  private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  private static final LocalDate IN_YEAR = LocalDate.of(2025, 9, 1);
  private static final CodeLabels SUBJECTS =
      GoverningBodyFiguresTest.labels("ACCESS", "Access to treatment", "COMMS", "Communications");
  private static final CodeLabels AREAS = GoverningBodyFiguresTest.labels("GP", "General practice");

  /** 13 received; 8 upheld or partly upheld (5 about access), 5 not upheld. */
  private static List<ComplaintForReport> known() {
    List<ComplaintForReport> complaints = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      IssueOutcome outcome =
          i < 5
              ? IssueOutcome.UPHELD
              : i < 8 ? IssueOutcome.PARTIALLY_UPHELD : IssueOutcome.NOT_UPHELD;
      complaints.add(
          new ComplaintForReport(
              IN_YEAR,
              IN_YEAR.plusDays(3),
              IN_YEAR.plusDays(1),
              IN_YEAR.plusDays(30),
              IN_YEAR.plusDays(30),
              IN_YEAR.plusDays(30),
              outcome,
              i < 5 ? List.of("ACCESS") : List.of("COMMS"),
              List.of("GP")));
    }
    return complaints;
  }

  private static List<ImprovementAction> actions(int count) {
    List<ImprovementAction> actions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      actions.add(
          new ImprovementAction(
              "Action " + i,
              i == 0,
              IN_YEAR.plusMonths(2),
              i % 2 == 0 ? IN_YEAR.plusMonths(1) : null));
    }
    return actions;
  }

  private static AnnualComplaintsReport report(int actions, long referred) {
    return AnnualComplaintsReport.of(
        YEAR,
        LocalDate.of(2026, 5, 1),
        known(),
        SUBJECTS,
        AREAS,
        new GoverningBodyFigures.OmbudsmanCounts(referred, Map.of(OmbudsmanDecision.UPHELD, 0L)),
        actions(actions));
  }

  @Test
  void theThreeNumbersOfRegulation18() {
    AnnualComplaintsReport report = report(8, 7);
    assertThat(report.figures().received().shown()).isEqualTo("15"); // 13
    assertThat(report.figures().wellFounded().shown()).isEqualTo("10"); // 8
    assertThat(report.figures().referredToOmbudsman().orElseThrow().shown()).isEqualTo("*"); // 7
    assertThat(report(8, 12).figures().referredToOmbudsman().orElseThrow().shown()).isEqualTo("10");
    assertThat(report(8, 0).figures().referredToOmbudsman().orElseThrow().shown()).isEqualTo("0");
  }

  @Test
  void subjectMatterAndMattersOfGeneralImportance() {
    AnnualComplaintsReport report = report(8, 0);
    assertThat(report.figures().subjects().counts().get("Access to treatment").shown())
        .isEqualTo("*"); // 5
    assertThat(report.figures().subjects().counts().get("Communications").shown())
        .isEqualTo("10"); // 8
    assertThat(report.wellFoundedBySubject().counts().get("Access to treatment").shown())
        .isEqualTo("*"); // 5
    assertThat(report.wellFoundedBySubject().counts().get("Communications").shown())
        .isEqualTo("*"); // 3
    assertThat(report.handling().acknowledgedInTime().shown()).isEqualTo("100%");
    assertThat(report.handling().respondedInTime().shown()).isEqualTo("100%");
  }

  @Test
  void actionsAreListedOnlyWhenTheirNumberMayBePublished() {
    AnnualComplaintsReport eight = report(8, 0);
    assertThat(eight.actionsInAll().shown()).isEqualTo("10");
    assertThat(eight.actionsDone().shown()).isEqualTo("*"); // 4 done
    assertThat(eight.actionsListed()).hasSize(8);

    AnnualComplaintsReport seven = report(7, 0);
    assertThat(seven.actionsInAll().shown()).isEqualTo("*");
    assertThat(seven.actionsListed()).isEmpty();

    AnnualComplaintsReport none = report(0, 0);
    assertThat(none.actionsInAll().shown()).isEqualTo("0");
    assertThat(none.actionsListed()).isEmpty();
  }
}
