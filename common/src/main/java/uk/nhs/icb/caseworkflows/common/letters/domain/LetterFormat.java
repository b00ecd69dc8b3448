package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms one letter is sent in: always the standard PDF/A, and besides it the large-print PDF/A
 * and the plain-text copy when the recipient's communication needs ask for them. The path segment
 * names a form in a download address.
 */
public enum LetterFormat {
  STANDARD("standard", "application/pdf", ".pdf", "PDF"),
  LARGE_PRINT("large-print", "application/pdf", "-large-print.pdf", "large print PDF"),
  PLAIN_TEXT("plain-text", "text/plain; charset=UTF-8", ".txt", "plain text");

  private final String code;
  private final String mediaType;
  private final String fileSuffix;
  private final String label;

  LetterFormat(String code, String mediaType, String fileSuffix, String label) {
    this.code = code;
    this.mediaType = mediaType;
    this.fileSuffix = fileSuffix;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The download's file name from the standard one: "x.pdf" becomes "x-large-print.pdf". */
  public String fileName(String standardFileName) {
    return standardFileName.replaceAll("\\.pdf$", "") + fileSuffix;
  }

  /** "large print PDF", as a link on a case page says it. */
  public String label() {
    return label;
  }

  public static Optional<LetterFormat> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }
}
