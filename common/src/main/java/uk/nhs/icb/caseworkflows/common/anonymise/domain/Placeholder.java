package uk.nhs.icb.caseworkflows.common.anonymise.domain;

/** What a redacted identity is replaced with: neutral, and saying what kind of thing it was. */
public enum Placeholder {
  NAME("[name]"),
  NHS_NUMBER("[NHS number]"),
  DATE("[date]"),
  ADDRESS("[address]"),
  PHONE("[phone]"),
  EMAIL("[email]");

  private final String text;

  Placeholder(String text) {
    this.text = text;
  }

  /** The text a reader sees in place of the identity, e.g. "[name]". */
  public String text() {
    return text;
  }
}
