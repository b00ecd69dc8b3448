package uk.nhs.icb.caseworkflows.common.consent.domain;

/** Guards for text a person must give; blank is as good as missing. */
final class Text {

  private Text() {}

  static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
