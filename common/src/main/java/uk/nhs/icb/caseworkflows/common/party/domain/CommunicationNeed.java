package uk.nhs.icb.caseworkflows.common.party.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * One information or communication support need of the Accessible Information Standard (DCB1605)
 * that the ICB can meet: how the person must be written to, spoken with or supported. The code is
 * what a form sends and what is stored, so it never changes once used.
 */
public enum CommunicationNeed {
  LARGE_PRINT("large-print", "needs large print"),
  EASY_READ("easy-read", "needs easy read"),
  EMAIL_ONLY("email-only", "contact by email only"),
  BSL_INTERPRETER("bsl-interpreter", "needs a BSL interpreter"),
  BRAILLE_READY_TEXT("braille-ready-text", "needs braille-ready text"),
  ADVOCATE("advocate", "needs an advocate");

  private final String code;
  private final String label;

  CommunicationNeed(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** "large-print": the value of the form's checkbox and of the stored list. */
  public String code() {
    return code;
  }

  /** "needs large print": how a case page and a checkbox say it. */
  public String label() {
    return label;
  }

  public static Optional<CommunicationNeed> ofCode(String code) {
    return Arrays.stream(values()).filter(need -> need.code.equals(code)).findFirst();
  }
}
