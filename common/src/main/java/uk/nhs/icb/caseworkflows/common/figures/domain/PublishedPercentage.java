package uk.nhs.icb.caseworkflows.common.figures.domain;

/**
 * A share ("acknowledged within 3 working days") as it may be published beside counts that went
 * through the small-number rule. It is worked out from the two <em>published</em> counts, never
 * from the exact ones, so it cannot give back a figure the rule hid: 9 of 9 and 8 of 9 are both
 * "100%" (10 of 10). When either count is suppressed (1 to 7) the share is suppressed too; with
 * nothing to count it is "none to count", never 0%.
 */
public final class PublishedPercentage {

  /** What a share with nothing behind it shows. */
  public static final String NONE = "none to count";

  private final String shown;

  private PublishedPercentage(String shown) {
    this.shown = shown;
  }

  /** {@code part} of {@code whole}, both exact; part may not exceed whole. */
  public static PublishedPercentage of(long part, long whole) {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("a share needs 0 <= part <= whole");
    }
    if (whole == 0) {
      return new PublishedPercentage(NONE);
    }
    PublishedCount publishedPart = PublishedCount.of(part);
    PublishedCount publishedWhole = PublishedCount.of(whole);
    if (publishedPart.isSuppressed() || publishedWhole.isSuppressed()) {
      return new PublishedPercentage(PublishedCount.SUPPRESSED);
    }
    long top = Long.parseLong(publishedPart.shown());
    long bottom = Long.parseLong(publishedWhole.shown());
    // Rounding is monotonic, so top <= bottom and the share is at most 100%.
    return new PublishedPercentage(Math.round(100.0 * top / bottom) + "%");
  }

  /** "85%", "*" or "none to count". */
  public String shown() {
    return shown;
  }

  public boolean isSuppressed() {
    return shown.equals(PublishedCount.SUPPRESSED);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublishedPercentage that && shown.equals(that.shown);
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
