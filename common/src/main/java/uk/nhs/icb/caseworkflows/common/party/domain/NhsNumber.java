package uk.nhs.icb.caseworkflows.common.party.domain;

import java.util.Objects;

/**
 * A valid NHS number: ten digits whose last is the Modulus 11 check digit of the first nine
 * (weights 10 down to 2; a check of 11 is 0 and a check of 10 means the number cannot exist).
 * Accepts the spaces or dashes people type, and shows itself in the 3-3-4 form of letters.
 */
public final class NhsNumber {

  private final String digits;

  private NhsNumber(String digits) {
    this.digits = digits;
  }

  /** Reads a number as typed; throws IllegalArgumentException saying what is wrong. */
  public static NhsNumber parse(String typed) {
    if (typed == null) {
      throw new IllegalArgumentException("an NHS number is required");
    }
    String digits = typed.replace(" ", "").replace("-", "");
    if (!digits.matches("\\d{10}")) {
      throw new IllegalArgumentException("an NHS number has 10 digits");
    }
    if (checkDigit(digits) != digits.charAt(9) - '0') {
      throw new IllegalArgumentException(
          "this is not a valid NHS number (the check digit does not match)");
    }
    return new NhsNumber(digits);
  }

  public static boolean isValid(String typed) {
    try {
      parse(typed);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }

  /** The check digit the first nine digits call for, or -1 when no number can have them. */
  static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      return 0;
    }
    return check == 10 ? -1 : check;
  }

  public String digits() {
    return digits;
  }

  /** "943 476 5919", as letters and screens show it. */
  public String formatted() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NhsNumber that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits);
  }

  /** Only the last four digits: a whole NHS number must not reach logs by accident. */
  @Override
  public String toString() {
    return "NhsNumber[*** *** " + digits.substring(6) + "]";
  }
}
