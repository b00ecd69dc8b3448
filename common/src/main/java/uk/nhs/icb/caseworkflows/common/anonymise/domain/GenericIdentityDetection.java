package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Identities a case does not know, found by their shape: NHS numbers that pass the check digit, UK
 * phone numbers, emails, UK postcodes and street addresses ({@link ContactDetection}), exact dates
 * ({@link DateDetection}) and people's names ({@link NameDetection}). It runs after the case's own
 * known identities, which are the surest.
 */
public final class GenericIdentityDetection implements IdentityDetection, Redaction {

  private final List<IdentityDetection> detections;

  public GenericIdentityDetection(GivenNames givenNames) {
    this.detections =
        List.of(new ContactDetection(), new DateDetection(), new NameDetection(givenNames));
  }

  @Override
  public List<IdentitySpan> find(String text) {
    List<IdentitySpan> spans = new ArrayList<>();
    detections.forEach(detection -> spans.addAll(detection.find(text)));
    return spans;
  }

  @Override
  public String redact(String text) {
    return text == null ? null : RedactedText.of(text, find(text)).redacted();
  }
}
