package uk.nhs.icb.caseworkflows.common.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

class ReportTableTest {

  private final ExactFigures measures =
      ExactFigures.of(
          "CHC",
          "Measure",
          ReportingPeriod.quarter(2026, 1),
          List.of("Referrals received", "Fast Track referrals", "Personal health budgets"),
          Map.of("Referrals received", 42L, "Fast Track referrals", 3L));

  @Test
  void separateMeasuresArePublishedWithoutATotalOnThePageOrInTheCsv() {
    ReportTable table = ReportTable.publishedMeasures(measures.published());

    assertThat(table.total()).isNull();
    assertThat(table.rows())
        .containsExactly(
            Map.entry("Referrals received", "40"),
            Map.entry("Fast Track referrals", "*"),
            Map.entry("Personal health budgets", "0"));
    assertThat(table.hasSuppressedCounts()).isTrue();
    assertThat(table.isExact()).isFalse();
    assertThat(table.csv().text())
        .isEqualTo(
            "Measure,Q1 2026/27\r\nReferrals received,40\r\nFast Track referrals,*\r\n"
                + "Personal health budgets,0\r\n");
  }

  @Test
  void partsOfOneWholeKeepTheirTotal() {
    assertThat(ReportTable.published(measures.published()).total()).isEqualTo("45");
  }
}
