package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.http.UploadPaths;

/**
 * Where a complaint takes a document: the REST upload to a piece of evidence (the body is the file)
 * and the evidence form of the case pages (a file beside the form's fields). Only these may be
 * larger than the usual request limit.
 */
@ApplicationScoped
public class ComplaintUploadPaths implements UploadPaths {

  private static final String SEGMENT = "[^/;]+";
  private static final Pattern REST =
      Pattern.compile("/api/complaints/" + SEGMENT + "/evidence/" + SEGMENT + "/documents/?");
  private static final Pattern FORM = Pattern.compile("/complaints/" + SEGMENT + "/evidence");

  @Override
  public Optional<Body> documentAt(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    if (REST.matcher(path).matches()) {
      return Optional.of(Body.RAW);
    }
    if (FORM.matcher(path).matches()) {
      return Optional.of(Body.FORM);
    }
    return Optional.empty();
  }
}
