package uk.nhs.icb.caseworkflows.common.figures.domain;

/**
 * A count as it may be published, after the NHS small-number rule: 0 is shown as 0; 1 to 7 are
 * shown as {@code *} (so nobody can be recognised in a small group); 8 and more are rounded to the
 * nearest 5 (so a suppressed figure cannot be worked out from a total).
 *
 * <p>On halves: a whole count is never halfway between two multiples of 5 (its remainder is 0 to 4,
 * never 2.5), so the nearest is always one: 12 is 10, 13 is 15. 8 becomes 10, never 5, so no
 * published figure other than 0 is under 10.
 *
 * <p>It keeps only what is shown: the exact number cannot be read back, and there is no way to make
 * one but through this rule.
 */
public final class PublishedCount {

  /** The largest count that is suppressed. */
  public static final int LARGEST_SUPPRESSED = 7;

  public static final String SUPPRESSED = "*";
  private static final int ROUNDING = 5;

  private final String shown;

  private PublishedCount(String shown) {
    this.shown = shown;
  }

  /** The count as published. A negative count is a mistake and is refused. */
  public static PublishedCount of(long exact) {
    if (exact < 0) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
    if (exact == 0) {
      return new PublishedCount("0");
    }
    if (exact <= LARGEST_SUPPRESSED) {
      return new PublishedCount(SUPPRESSED);
    }
    // Remainders 0-2 go down, 3-4 go up: the nearest multiple of 5, with no tie possible.
    long rounded = (exact + ROUNDING / 2) / ROUNDING * ROUNDING;
    return new PublishedCount(Long.toString(rounded));
  }

  /** "0", "*", "10", "15": what a published table prints. */
  public String shown() {
    return shown;
  }

  public boolean isSuppressed() {
    return shown.equals(SUPPRESSED);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedCount that && shown.equals(that.shown);
  }

  @Override
  public int hashCode() {
    return shown.hashCode();
  }

  @Override
  public String toString() {
    return shown;
  }
}
