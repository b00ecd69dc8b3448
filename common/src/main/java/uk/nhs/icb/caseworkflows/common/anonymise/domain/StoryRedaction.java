package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a story goes through before anyone but its writer sees it: the case's own known identities
 * first (the surest), then generic detection of the identities it does not know, both on the
 * original text, their findings merged into one placeholder per identity with offsets into the
 * original (so a reviewer can see each one beside what it replaced).
 */
public final class StoryRedaction implements Redaction {

  private final KnownIdentityRedaction known;
  private final GenericIdentityDetection generic;

  public StoryRedaction(KnownIdentities known, GivenNames givenNames) {
    this.known = new KnownIdentityRedaction(known);
    this.generic = new GenericIdentityDetection(givenNames);
  }

  /** The redacted text and where each redaction stands in the original. */
  public RedactedText apply(String text) {
    List<IdentitySpan> found = new ArrayList<>(known.find(text));
    found.addAll(generic.find(text));
    return RedactedText.of(text, found);
  }

  @Override
  public String redact(String text) {
    return text == null ? null : apply(text).redacted();
  }
}
