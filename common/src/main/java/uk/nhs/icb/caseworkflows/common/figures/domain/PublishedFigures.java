package uk.nhs.icb.caseworkflows.common.figures.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table of figures fit to publish: made only from {@link ExactFigures#published()}, so every cell
 * and the total have been through the small-number rule. The total is the exact total rounded, not
 * the sum of the rounded cells, as NHS publications do; the two may differ.
 */
public final class PublishedFigures {

  private final FiguresHeading heading;
  private final Map<String, PublishedCount> counts;
  private final PublishedCount total;

  PublishedFigures(
      FiguresHeading heading, Map<String, PublishedCount> counts, PublishedCount total) {
    this.heading = heading;
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    this.total = total;
  }

  public FiguresHeading heading() {
    return heading;
  }

  /** Category to published count, in the table's order. */
  public Map<String, PublishedCount> counts() {
    return counts;
  }

  public PublishedCount total() {
    return total;
  }

  /** Whether any cell is a {@code *}, so the page explains it. */
  public boolean hasSuppressedCounts() {
    return total.isSuppressed() || counts.values().stream().anyMatch(PublishedCount::isSuppressed);
  }
}
