package uk.nhs.icb.caseworkflows.common.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void aFinancialYearRunsFromAprilToMarch() {
    ReportingPeriod year = ReportingPeriod.financialYear(2026);

    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(year.label()).isEqualTo("2026/27");
    assertThat(ReportingPeriod.financialYear(2099).label()).isEqualTo("2099/00");
  }

  @Test
  void theQuartersOfAFinancialYear() {
    assertThat(ReportingPeriod.quarter(2026, 1))
        .isEqualTo(
            new ReportingPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "Q1 2026/27"));
    assertThat(ReportingPeriod.quarter(2026, 3).to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ReportingPeriod.quarter(2026, 4).from()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(ReportingPeriod.quarter(2027, 4).to()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThatThrownBy(() -> ReportingPeriod.quarter(2026, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDayBelongsToTheQuarterAndYearItFallsIn() {
    assertThat(ReportingPeriod.quarterOf(LocalDate.of(2027, 3, 31)).label())
        .isEqualTo("Q4 2026/27");
    assertThat(ReportingPeriod.quarterOf(LocalDate.of(2027, 4, 1)).label()).isEqualTo("Q1 2027/28");
    assertThat(ReportingPeriod.financialYearOf(LocalDate.of(2027, 1, 15)).label())
        .isEqualTo("2026/27");
  }

  @Test
  void bothEndsAreIncluded() {
    ReportingPeriod q1 = ReportingPeriod.quarter(2026, 1);

    assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(q1.contains(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(q1.contains(LocalDate.of(2026, 7, 1))).isFalse();
  }

  @Test
  void aMomentCountsOnItsUkDay() {
    ReportingPeriod q1 = ReportingPeriod.quarter(2026, 1);

    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time: the next quarter.
    assertThat(q1.contains(Instant.parse("2026-06-30T23:30:00Z"))).isFalse();
    assertThat(q1.contains(Instant.parse("2026-06-30T22:59:59Z"))).isTrue();
    assertThat(q1.startsAt()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
    assertThat(q1.endsBefore()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
  }

  @Test
  void anyDatesMakeAPeriodNamedByThem() {
    ReportingPeriod period =
        ReportingPeriod.between(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 8, 9));

    assertThat(period.label()).isEqualTo("3 May 2026 to 9 August 2026");
    assertThatThrownBy(
            () -> ReportingPeriod.between(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesThatAreAQuarterOrAYearAreNamedAsOne() {
    assertThat(ReportingPeriod.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .isEqualTo(ReportingPeriod.quarter(2026, 2));
    assertThat(ReportingPeriod.between(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
        .isEqualTo(ReportingPeriod.financialYear(2026));
  }

  @Test
  void theQuarterBeforeIsTheLastCompleteOne() {
    assertThat(ReportingPeriod.quarter(2026, 1).previousQuarter())
        .isEqualTo(ReportingPeriod.quarter(2025, 4));
  }
}
