package uk.nhs.icb.caseworkflows.common.documents.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document a case accepts: what a complainant, a provider or a clinician sends (a
 * letter, a record or a form as a PDF; a photograph or scan as PNG or JPEG), each opened by a PDF
 * reader or image viewer as inert content. Everything else is refused: HTML and SVG can run script
 * in a browser, office files are ZIP containers that may carry macros or external links, archives
 * and executables hide what they hold, and plain text cannot be told apart from any other bytes. A
 * Word document or an email is saved or printed as PDF before it is attached.
 */
public enum DocumentType {
  PDF("application/pdf", "PDF", List.of("pdf")),
  PNG("image/png", "PNG", List.of("png")),
  JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg"));

  /** "a PDF, PNG or JPEG", for messages to people. */
  public static final String ALLOWED_IN_WORDS = "a PDF, PNG or JPEG";

  private final String mediaType;
  private final String name;
  private final List<String> extensions;

  DocumentType(String mediaType, String name, List<String> extensions) {
    this.mediaType = mediaType;
    this.name = name;
    this.extensions = extensions;
  }

  /** The type whose media type this is (without parameters), if it is one the cases accept. */
  public static Optional<DocumentType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  /** The name people know it by: "PDF". */
  public String displayName() {
    return name;
  }

  /** The file name extension a download gets: "pdf". */
  public String extension() {
    return extensions.get(0);
  }

  public boolean hasExtension(String extension) {
    return extensions.contains(extension.toLowerCase(java.util.Locale.ROOT));
  }
}
