package uk.nhs.icb.caseworkflows.common.figures.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a set of figures covers, both ends included, with the name a report prints: a quarter of
 * an NHS financial year ("Q1 2026/27", April to June 2026), a financial year ("2026/27", 1 April
 * 2026 to 31 March 2027), or any from/to. Days are UK days: an event counts in the period of its
 * date in Europe/London.
 */
public record ReportingPeriod(LocalDate from, LocalDate to, String label) {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public ReportingPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(label, "label");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a reporting period cannot end before it starts");
    }
  }

  /** The financial year starting on 1 April of {@code startYear}: 2026 gives "2026/27". */
  public static ReportingPeriod financialYear(int startYear) {
    return new ReportingPeriod(
        LocalDate.of(startYear, Month.APRIL, 1),
        LocalDate.of(startYear + 1, Month.MARCH, 31),
        yearLabel(startYear));
  }

  /**
   * Quarter 1 to 4 of the financial year starting in {@code startYear}: Q1 is April to June, Q4 is
   * January to March of the next calendar year.
   */
  public static ReportingPeriod quarter(int startYear, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a financial year has quarters 1 to 4");
    }
    LocalDate from = LocalDate.of(startYear, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
    return new ReportingPeriod(
        from, from.plusMonths(3).minusDays(1), "Q" + quarter + " " + yearLabel(startYear));
  }

  /**
   * Any days from one date to another, both included. Dates that are exactly a quarter or a
   * financial year are named as one ("Q1 2026/27"), so a period read back from its dates keeps its
   * name.
   */
  public static ReportingPeriod between(LocalDate from, LocalDate to) {
    ReportingPeriod quarter = quarterOf(from);
    if (quarter.from.equals(from) && quarter.to.equals(to)) {
      return quarter;
    }
    ReportingPeriod year = financialYearOf(from);
    if (year.from.equals(from) && year.to.equals(to)) {
      return year;
    }
    return new ReportingPeriod(from, to, UK_DATE.format(from) + " to " + UK_DATE.format(to));
  }

  /** The financial year a day falls in. */
  public static ReportingPeriod financialYearOf(LocalDate day) {
    return financialYear(startYearOf(day));
  }

  /** The quarter of the financial year a day falls in. */
  public static ReportingPeriod quarterOf(LocalDate day) {
    int monthsIn = (day.getMonthValue() + 12 - Month.APRIL.getValue()) % 12;
    return quarter(startYearOf(day), monthsIn / 3 + 1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Whether a moment fell on one of the period's days in the UK. */
  public boolean contains(Instant moment) {
    return contains(moment.atZone(UK).toLocalDate());
  }

  /** The first moment of the period in the UK, for a query's {@code >=}. */
  public Instant startsAt() {
    return from.atStartOfDay(UK).toInstant();
  }

  /** The first moment after the period in the UK, for a query's {@code <}. */
  public Instant endsBefore() {
    return to.plusDays(1).atStartOfDay(UK).toInstant();
  }

  /** The quarter that ends the day before this period starts: the last complete one before it. */
  public ReportingPeriod previousQuarter() {
    return quarterOf(from.minusDays(1));
  }

  private static int startYearOf(LocalDate day) {
    return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
  }

  private static String yearLabel(int startYear) {
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }
}
