package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Objects;

/** One form of a letter as it is downloaded: its bytes, media type, file name and SHA-256. */
public record LetterFile(LetterFormat format, String fileName, byte[] bytes, String sha256) {

  public LetterFile {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(fileName, "fileName");
    bytes = bytes.clone();
    Objects.requireNonNull(sha256, "sha256");
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public String mediaType() {
    return format.mediaType();
  }
}
