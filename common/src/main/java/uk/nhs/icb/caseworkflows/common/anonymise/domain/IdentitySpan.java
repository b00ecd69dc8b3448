package uk.nhs.icb.caseworkflows.common.anonymise.domain;

/**
 * Where an identity was found in a text: characters {@code start} (inclusive) to {@code end}
 * (exclusive) of the original text, and what kind of identity it is.
 */
public record IdentitySpan(int start, int end, Placeholder kind) {

  public IdentitySpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a span covers at least one character");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(IdentitySpan other) {
    return start < other.end && other.start < end;
  }
}
