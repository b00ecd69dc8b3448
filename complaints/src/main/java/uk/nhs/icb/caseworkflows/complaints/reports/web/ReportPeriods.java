package uk.nhs.icb.caseworkflows.complaints.reports.web;

import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.figures.web.ReportPeriodQuery;

/**
 * The periods the reports are asked for: a quarter or any dates ({@code from}, {@code to}; the last
 * complete quarter without them), and the financial year of the annual report ({@code year} is the
 * year it starts in; the last complete one without it).
 */
public final class ReportPeriods {

  private ReportPeriods() {}

  /** Throws IllegalArgumentException with a sentence naming what is wrong. */
  public static ReportingPeriod period(String from, String to, LocalDate today) {
    if ((from != null && from.length() > 20) || (to != null && to.length() > 20)) {
      throw new IllegalArgumentException("Enter the days of the period as dates, like 2026-04-01");
    }
    return ReportPeriodQuery.read(from, to, ReportingPeriod.quarterOf(today).previousQuarter());
  }

  /** Throws IllegalArgumentException when {@code year} is not a year from 2000 to next year. */
  public static ReportingPeriod financialYear(String year, LocalDate today) {
    ReportingPeriod lastComplete =
        ReportingPeriod.financialYearOf(ReportingPeriod.financialYearOf(today).from().minusDays(1));
    if (year == null || year.isBlank()) {
      return lastComplete;
    }
    int start;
    try {
      start = Integer.parseInt(year.strip());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("Enter the year the financial year starts in, like 2025");
    }
    if (start < 2000 || start > today.getYear()) {
      throw new IllegalArgumentException(
          "Enter a financial year from 2000 to " + today.getYear() + ", like 2025");
    }
    return ReportingPeriod.financialYear(start);
  }
}
