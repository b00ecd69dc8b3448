package uk.nhs.icb.caseworkflows.common.documents.web;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.http.UploadPaths;

/**
 * A case module's upload addresses written as templates, each {@code {name}} standing for one path
 * segment: the REST upload (the body is the file; a trailing slash is allowed) and the page forms
 * that carry a file beside their fields. Only a POST to one of them takes a document.
 */
public class UploadAddresses implements UploadPaths {

  private final Pattern rest;
  private final Pattern form;

  /**
   * {@code rest}, e.g. {@code /api/complaints/{id}/evidence/{evidenceId}/documents}, and each form
   * that carries a file, e.g. {@code /complaints/{id}/evidence}.
   */
  protected UploadAddresses(String rest, String... forms) {
    this.rest = Pattern.compile(pattern(rest) + "/?");
    this.form =
        Pattern.compile(
            java.util.Arrays.stream(forms)
                .map(UploadAddresses::pattern)
                .collect(java.util.stream.Collectors.joining("|")));
  }

  @Override
  public Optional<Body> documentAt(String method, String path) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    if (rest.matcher(path).matches()) {
      return Optional.of(Body.RAW);
    }
    return form.matcher(path).matches() ? Optional.of(Body.FORM) : Optional.empty();
  }

  private static String pattern(String template) {
    return Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/;]+\\\\Q");
  }
}
