package uk.nhs.icb.caseworkflows.common.figures.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * A reporting period in a report's address: {@code from=2026-04-01&to=2026-06-30}. A quarter or
 * year comes back as itself, named as one; no dates at all is the report's default period.
 */
public final class ReportPeriodQuery {

  private ReportPeriodQuery() {}

  public static String of(ReportingPeriod period) {
    return "from=" + period.from() + "&to=" + period.to();
  }

  /**
   * The period from the two parameters (either may be null when absent); throws
   * IllegalArgumentException with a sentence for the page when they cannot make one.
   */
  public static ReportingPeriod read(String from, String to, ReportingPeriod otherwise) {
    if (blank(from) && blank(to)) {
      return otherwise;
    }
    if (blank(from) || blank(to)) {
      throw new IllegalArgumentException("Enter both the first and the last day of the period");
    }
    try {
      return ReportingPeriod.between(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()));
    } catch (DateTimeParseException notADate) {
      throw new IllegalArgumentException("Enter the days of the period as dates, like 2026-04-01");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
