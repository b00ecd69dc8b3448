package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text with its identities replaced: the spans of every detection merged (where two overlap, one
 * placeholder covers both, of the kind of the longer, so no partial string is left), and the
 * redacted text with one placeholder per merged span. The spans are offsets into the original.
 */
public record RedactedText(String redacted, List<IdentitySpan> redactions) {

  public RedactedText {
    redactions = List.copyOf(redactions);
  }

  /** The original with every span found replaced by its placeholder. */
  public static RedactedText of(String original, List<IdentitySpan> found) {
    List<IdentitySpan> merged = merge(found);
    StringBuilder text = new StringBuilder(original.length());
    int at = 0;
    for (IdentitySpan span : merged) {
      text.append(original, at, span.start()).append(span.kind().text());
      at = span.end();
    }
    text.append(original.substring(at));
    return new RedactedText(text.toString(), merged);
  }

  /** Overlapping spans become one; earlier spans in the list win a tie of length. */
  static List<IdentitySpan> merge(List<IdentitySpan> found) {
    List<IdentitySpan> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparingInt(IdentitySpan::start));
    List<IdentitySpan> merged = new ArrayList<>();
    for (IdentitySpan span : ordered) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).overlaps(span)) {
        IdentitySpan kept = merged.get(last);
        Placeholder kind = span.length() > kept.length() ? span.kind() : kept.kind();
        merged.set(last, new IdentitySpan(kept.start(), Math.max(kept.end(), span.end()), kind));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }
}
