package uk.nhs.icb.caseworkflows.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query strings an attacker would try on every read: each parameter of each GET endpoint (found in
 * the OpenAPI document, so a new endpoint is covered without editing this) and of each page, given
 * values longer than any column, every class of byte (controls, DEL, bytes that are not UTF-8,
 * quotes, percent signs, separators) and Unicode edge cases. Values are written percent-encoded
 * byte by byte, so the server sees exactly those bytes.
 */
final class HostileQueries {

  /** A GET address and the query parameters it reads. */
  record Read(String path, List<String> parameters) {}

  /** The pages and the query parameters each reads; pages are not in the OpenAPI document. */
  static final List<Read> PAGES =
      List.of(
          new Read("tasks", List.of("caseType", "overdue", "assigned", "order", "page")),
          new Read("team-tasks", List.of("caseType", "overdue", "assigned", "order", "page")),
          new Read(
              "complaints",
              List.of(
                  "status",
                  "overdue",
                  "handler",
                  "caseworker",
                  "team",
                  "receivedFrom",
                  "receivedTo",
                  "q",
                  "page")),
          new Read("caseload", List.of("caseType")),
          new Read("chc-cases", List.of("status", "q", "page")),
          new Read(
              "ifr",
              List.of(
                  "status",
                  "treatment",
                  "q",
                  "receivedFrom-day",
                  "receivedFrom-month",
                  "receivedFrom-year",
                  "receivedTo-day",
                  "receivedTo-month",
                  "receivedTo-year",
                  "page")),
          new Read("ifr-figures", List.of("from", "to", "format", "table")),
          new Read("chc-figures", List.of("from", "to", "format", "table")),
          new Read("complaint-reports", List.of("from", "to")),
          new Read("ifr-panel-meetings", List.of()),
          new Read("ifr-policy-signals", List.of()),
          new Read("login", List.of("signed-out", "timeout")));

  private HostileQueries() {}

  /**
   * The role that reads a page in the sweep: the first the page matrix allows to open it, so the
   * sweep reaches the page's own code rather than its refusal; {@code otherwise} for a page with no
   * row (the sign-in page, open to anyone).
   */
  static String reader(PageMatrix matrix, String path, String otherwise) {
    return matrix.entries().stream()
        .filter(entry -> entry.method().equals("GET") && entry.path().equals(path))
        .findFirst()
        .flatMap(entry -> matrix.roles().stream().filter(entry::allows).findFirst())
        .orElse(otherwise);
  }

  /** Each GET endpoint of the OpenAPI document with its query parameters; {id}s filled in. */
  static List<Read> endpoints(String openApiJson, Map<String, String> pathValues) {
    JsonObject paths =
        Json.createReader(new StringReader(openApiJson)).readObject().getJsonObject("paths");
    List<Read> reads = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
      if (get == null) {
        continue;
      }
      List<String> parameters = new ArrayList<>();
      if (get.containsKey("parameters")) {
        for (JsonValue parameter : get.getJsonArray("parameters")) {
          JsonObject described = parameter.asJsonObject();
          if ("query".equals(described.getString("in", ""))) {
            parameters.add(described.getString("name"));
          }
        }
      }
      String address = path.getKey();
      for (Map.Entry<String, String> value : pathValues.entrySet()) {
        address = address.replace("{" + value.getKey() + "}", value.getValue());
      }
      // Any other id is one that does not exist: the answer is then a 404, never a 5xx.
      address = address.replaceAll("\\{[^}]+}", "none");
      reads.add(new Read(address.replaceFirst("^/", ""), parameters));
    }
    return reads;
  }

  /** Percent-encoded values, each named for the report. */
  static Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("300 letters", encode("a".repeat(300)));
    values.put("5,000 letters", encode("x".repeat(5_000)));
    values.put("4,000 digits", encode("9".repeat(4_000)));
    StringBuilder controls = new StringBuilder();
    for (int b = 0x00; b <= 0x1F; b++) {
      controls.append(bytes(b));
    }
    values.put("every control byte", controls.toString());
    for (int b : new int[] {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F}) {
      values.put("control byte " + b + " in a name", "Jones" + bytes(b));
    }
    values.put("DEL", bytes(0x7F));
    StringBuilder high = new StringBuilder();
    for (int b = 0x80; b <= 0xFF; b++) {
      high.append(bytes(b));
    }
    values.put("every byte that is not UTF-8 alone", high.toString());
    values.put("a cut UTF-8 sequence", "%E2%82");
    values.put("an overlong NUL", "%C0%80");
    values.put("a surrogate in UTF-8", "%ED%A0%80");
    values.put("quotes and SQL", encode("'\"; DROP TABLE audit_event; --"));
    values.put("LIKE wildcards", encode("%_%\\"));
    values.put("separators", encode("&=?#;/\\"));
    values.put("markup", encode("<script>alert(1)</script>"));
    values.put("right-to-left override", encode("\u202Eevil"));
    values.put("emoji and combining marks", encode("😀e\u0301\u0301\u0301"));
    values.put("negative number", "-1");
    values.put("huge number", "99999999999999999999999999");
    values.put("empty", "");
    return values;
  }

  /** {@code path?parameter=value} with the value as given (already encoded). */
  static String address(String path, String parameter, String encodedValue) {
    return path + (path.contains("?") ? "&" : "?") + parameter + "=" + encodedValue;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String bytes(int b) {
    return String.format("%%%02X", b);
  }
}
