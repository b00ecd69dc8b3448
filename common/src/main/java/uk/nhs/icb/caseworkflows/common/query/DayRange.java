package uk.nhs.icb.caseworkflows.common.query;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.persistence.QueryConditions;

/**
 * Whole days in England that a case list narrows an instant of its cases to (received, created,
 * decided), either end open. A day is its own London day: in summer it starts at 23:00 UTC the
 * evening before.
 *
 * @param from the first day, or null for no lower bound
 * @param to the last day, inclusive, or null for no upper bound
 */
public record DayRange(LocalDate from, LocalDate to) {

  public DayRange {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("day range ending " + to + " before " + from);
    }
  }

  /**
   * Reads the two ends as a client typed them, each under its own parameter's name; an end before
   * the start is refused under {@code toField}, and leaves the range without ends.
   */
  public static DayRange read(
      QueryParameters typed, String fromField, String from, String toField, String to) {
    LocalDate first = typed.date(fromField, from);
    LocalDate last = typed.date(toField, to);
    if (first != null && last != null && last.isBefore(first)) {
      typed.reject(toField, "must not be before " + fromField);
      return new DayRange(null, null);
    }
    return new DayRange(first, last);
  }

  /** The first instant of {@code from} in England; null when open. */
  public Instant startsAt() {
    return from == null ? null : QueryParameters.startOf(from);
  }

  /** The first instant after {@code to} in England, exclusive; null when open. */
  public Instant endsBefore() {
    return to == null ? null : QueryParameters.startOf(to.plusDays(1));
  }

  /**
   * Adds the range's ends to a list's conditions on the instant at {@code path}, as the parameters
   * {@code <name>From} and {@code <name>Before}; an open end adds nothing.
   */
  public QueryConditions narrow(QueryConditions where, String path, String name) {
    return where
        .whenGiven(path + " >= :" + name + "From", name + "From", startsAt())
        .whenGiven(path + " < :" + name + "Before", name + "Before", endsBefore());
  }
}
