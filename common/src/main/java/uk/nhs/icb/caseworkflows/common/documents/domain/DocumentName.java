package uk.nhs.icb.caseworkflows.common.documents.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The name a person gave their file, kept only to show it back to them: it never decides the type,
 * the storage or the download's extension. It is one line of visible text: no control or formatting
 * characters (a right-to-left override can make {@code fdp.exe} look like {@code exe.pdf}), no
 * folder separators.
 */
public record DocumentName(String value) {

  public static final int MAX_LENGTH = 200;

  public DocumentName {
    Optional<String> problem = problemWith(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("a document name " + problem.get());
    }
  }

  /** Why this text cannot be a document's name ("is blank", ...), if it cannot. */
  public static Optional<String> problemWith(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("is required");
    }
    if (!text.equals(text.strip())) {
      return Optional.of("must not start or end with spaces");
    }
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      return Optional.of("must be " + MAX_LENGTH + " characters or fewer");
    }
    if (text.codePoints().anyMatch(DocumentName::isHidden)) {
      return Optional.of("must not contain control or formatting characters");
    }
    if (text.contains("/") || text.contains("\\")) {
      return Optional.of("must be a file name without a folder");
    }
    if (text.chars().allMatch(c -> c == '.')) {
      return Optional.of("must be a file name");
    }
    return Optional.empty();
  }

  /**
   * The name a browser sent with a file, made fit to keep: the last part of a path (older browsers
   * send the whole path), hidden characters removed, cut to the maximum length; empty if nothing
   * usable is left.
   */
  public static Optional<DocumentName> fromBrowser(String submitted) {
    if (submitted == null) {
      return Optional.empty();
    }
    String last =
        submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    last.codePoints().filter(c -> !isHidden(c)).forEach(kept::appendCodePoint);
    String text = kept.toString().strip();
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
    return problemWith(text).isEmpty() ? Optional.of(new DocumentName(text)) : Optional.empty();
  }

  /**
   * The name a download is saved under: the person's name with the extension of the type the bytes
   * really are ("scan.png" holding a PDF is saved as "scan.pdf").
   */
  public String forDownload(DocumentType type) {
    int dot = value.lastIndexOf('.');
    String base = value;
    if (dot > 0 && dot < value.length() - 1) {
      String extension = value.substring(dot + 1);
      base = value.substring(0, dot);
      if (type.hasExtension(extension)) {
        return base + "." + extension;
      }
    }
    return base + "." + type.extension();
  }

  /**
   * A {@code Content-Disposition: attachment} header value for the download: a plain ASCII {@code
   * filename} for old clients and the exact name as RFC 8187 UTF-8 in {@code filename*}.
   */
  public String attachmentHeader(DocumentType type) {
    String name = forDownload(type);
    StringBuilder ascii = new StringBuilder();
    name.codePoints()
        .forEach(
            c ->
                ascii.append(
                    c < 0x7f && (Character.isLetterOrDigit(c) || " .-_()".indexOf(c) >= 0)
                        ? (char) c
                        : '_'));
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }

  private static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }
}
