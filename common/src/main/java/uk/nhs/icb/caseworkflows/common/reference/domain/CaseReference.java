package uk.nhs.icb.caseworkflows.common.reference.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference a person quotes and every letter shows: the case type's prefix, the year the case
 * was received and its number within that year, e.g. "CMP-2026-000123" or "IFR-2027-000004".
 */
public record CaseReference(String prefix, int year, int sequence) {

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");
  private static final Pattern ANY = Pattern.compile("([A-Z]{2,5})-(\\d{4})-(\\d{6})");
  private static final int MAX_SEQUENCE = 999_999;

  public CaseReference {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("a reference prefix is two to five capital letters");
    }
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("a reference year has four digits from 2000");
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("a reference number runs from 1 to " + MAX_SEQUENCE);
    }
  }

  /** Reads a reference of the series {@code prefix} as typed, ignoring case and spaces. */
  public static CaseReference parse(String prefix, String typed) {
    CaseReference reference = read(typed, prefix);
    if (!reference.prefix().equals(prefix)) {
      throw new IllegalArgumentException(looksLike(prefix));
    }
    return reference;
  }

  /** Reads a reference of any series, as stored. */
  public static CaseReference parse(String typed) {
    return read(typed, "CMP");
  }

  /** Whether {@code typed} is a reference of the series {@code prefix}. */
  public static boolean isValid(String prefix, String typed) {
    try {
      parse(prefix, typed);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }

  private static CaseReference read(String typed, String examplePrefix) {
    Matcher matcher = ANY.matcher(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(looksLike(examplePrefix));
    }
    return new CaseReference(
        matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
  }

  private static String looksLike(String prefix) {
    return "a reference looks like " + prefix + "-2026-000123: the year, then six digits";
  }

  public String formatted() {
    return String.format("%s-%04d-%06d", prefix, year, sequence);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
