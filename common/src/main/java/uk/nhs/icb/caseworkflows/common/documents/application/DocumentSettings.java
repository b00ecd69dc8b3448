package uk.nhs.icb.caseworkflows.common.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The largest document a case accepts, {@code app.documents.max-bytes} (default 10 MiB: a scanned
 * letter of many pages or a phone photograph fits; a video does not). Read once at start-up.
 */
@ApplicationScoped
public class DocumentSettings {

  public static final String MAX_BYTES_KEY = "app.documents.max-bytes";
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final long maxBytes;

  public DocumentSettings() {
    this(configuredMaxBytes());
  }

  DocumentSettings(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException(MAX_BYTES_KEY + " must be at least 1");
    }
    this.maxBytes = maxBytes;
  }

  /** The configured limit, for code that runs outside CDI (a servlet filter). */
  public static long configuredMaxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue(MAX_BYTES_KEY, Long.class)
        .orElse(DEFAULT_MAX_BYTES);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The limit as people read it: "10 MB" (binary megabytes, as file managers count). */
  public String maxInWords() {
    return inWords(maxBytes);
  }

  public static String inWords(long bytes) {
    long mega = 1024L * 1024;
    if (bytes >= mega && bytes % mega == 0) {
      return bytes / mega + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
