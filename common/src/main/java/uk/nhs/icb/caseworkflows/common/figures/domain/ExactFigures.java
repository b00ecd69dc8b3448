package uk.nhs.icb.caseworkflows.common.figures.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Exact counts by category over a reporting period, for returns to NHS England and for the ICB's
 * own staff: never for publication, which goes through {@link #published()}. Every category named
 * up front has a row, with 0 when nothing fell in it, in the order named; a category met only in
 * the data follows them.
 */
public final class ExactFigures {

  private final FiguresHeading heading;
  private final Map<String, Long> counts;

  private ExactFigures(FiguresHeading heading, Map<String, Long> counts) {
    this.heading = heading;
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /**
   * Counts the items dated within the period by their category ("Complaints received by outcome",
   * "Outcome", ...).
   */
  public static <T> ExactFigures count(
      String title,
      String categoryHeading,
      ReportingPeriod period,
      List<String> categories,
      Collection<T> items,
      Function<T, LocalDate> dateOf,
      Function<T, String> categoryOf) {
    Map<String, Long> counts = zeroes(categories);
    for (T item : items) {
      if (period.contains(dateOf.apply(item))) {
        counts.merge(categoryOf.apply(item), 1L, Long::sum);
      }
    }
    return new ExactFigures(new FiguresHeading(title, categoryHeading, period), counts);
  }

  /** Counts a database query has already made (for example a {@code group by}). */
  public static ExactFigures of(
      String title,
      String categoryHeading,
      ReportingPeriod period,
      List<String> categories,
      Map<String, Long> counted) {
    Map<String, Long> counts = zeroes(categories);
    counted.forEach(
        (category, count) -> {
          if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + category);
          }
          counts.merge(category, count, Long::sum);
        });
    return new ExactFigures(new FiguresHeading(title, categoryHeading, period), counts);
  }

  private static Map<String, Long> zeroes(List<String> categories) {
    Map<String, Long> counts = new LinkedHashMap<>();
    categories.forEach(category -> counts.put(category, 0L));
    return counts;
  }

  /** The same table as it may be published: every count, and the total, through the rule. */
  public PublishedFigures published() {
    Map<String, PublishedCount> shown = new LinkedHashMap<>();
    counts.forEach((category, count) -> shown.put(category, PublishedCount.of(count)));
    return new PublishedFigures(heading, shown, PublishedCount.of(total()));
  }

  public FiguresHeading heading() {
    return heading;
  }

  /** Category to exact count, in the table's order. */
  public Map<String, Long> counts() {
    return counts;
  }

  public long count(String category) {
    return counts.getOrDefault(category, 0L);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
