package uk.nhs.icb.caseworkflows.complaints.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference a complainant quotes and every letter shows: "CMP-2026-000123", the year the
 * complaint was received and its number within that year. The sequence comes from the repository so
 * two nodes never hand out the same reference.
 */
public record ComplaintReference(int year, int sequence) {

  private static final Pattern FORMAT = Pattern.compile("CMP-(\\d{4})-(\\d{6})");
  private static final int MAX_SEQUENCE = 999_999;

  public ComplaintReference {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("a complaint reference year has four digits from 2000");
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException(
          "a complaint reference number runs from 1 to " + MAX_SEQUENCE);
    }
  }

  /** Reads a reference as typed, ignoring case and surrounding spaces. */
  public static ComplaintReference parse(String typed) {
    Matcher matcher = FORMAT.matcher(typed == null ? "" : typed.strip().toUpperCase());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a complaint reference looks like CMP-2026-000123: the year, then six digits");
    }
    return new ComplaintReference(
        Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  public static boolean isValid(String typed) {
    try {
      parse(typed);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }

  public String formatted() {
    return String.format("CMP-%04d-%06d", year, sequence);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
