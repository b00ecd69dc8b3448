package uk.nhs.icb.caseworkflows.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Hostile variants of a valid call on a real case ({@link RealCases.Ready}), generated from what
 * the running application says of itself: the OpenAPI document gives the operation's path
 * parameters, query parameters and request schema; the authorisation matrix gives the roles that
 * must be refused. Each variant changes one surface of the valid call and keeps the rest, so that
 * its refusal is about that surface and its valid twin still succeeds afterwards. Drawn from a
 * seed, so a run can be replayed.
 */
final class HostileSurface {

  /** The part of a request a variant changes. */
  enum Surface {
    BODY,
    QUERY,
    PATH,
    HEADER,
    METHOD,
    CALLER
  }

  /**
   * One request as it will be written: method, target under the application's root, the role whose
   * session cookie it carries ({@code null}: none), its other headers and body, and the status the
   * matrix says it must get ({@code null} where any refusal or success may be right).
   */
  record Variant(
      Surface surface,
      String method,
      String target,
      String caller,
      List<RawHttp.Header> headers,
      byte[] body,
      Integer expectedStatus,
      String what) {}

  /** An operation of the OpenAPI document: its path template and what it reads. */
  record Operation(
      String method,
      String template,
      List<String> queryParameters,
      List<String> bodyFields,
      List<String> methodsAtPath) {}

  private static final List<String> PATH_VALUES =
      List.of(
          "none",
          "0",
          "-1",
          "..",
          "%2e%2e",
          ".",
          "%00",
          "%2F",
          "%5C",
          "%0d%0aX-Injected:%201",
          "%27%20OR%20%271%27%3D%271",
          "%24%7Bjndi%3Aldap%3A%2F%2Fexample.invalid%2Fx%7D",
          "%3Cscript%3E",
          "%E2%80%AEevil",
          "%F0%9F%98%80",
          "%C0%80",
          "%ED%A0%80",
          "%FF%FE",
          "99999999999999999999999999");

  private static final List<String> PATH_TAILS =
      List.of("/", "//", "/x", ";jsessionid=abc", "/..;/", "%20", "/%2e%2e/%2e%2e/audit", ".json");

  private static final List<String> QUERY_NAMES =
      List.of("id", "caseId", "version", "status", "_method", "page", "size", "role");

  private static final List<String> METHODS = List.of("PUT", "DELETE", "PATCH", "BREW");

  private final JsonObject document;

  private HostileSurface(JsonObject document) {
    this.document = document;
  }

  static HostileSurface of(String openApiJson) {
    return new HostileSurface(Json.createReader(new StringReader(openApiJson)).readObject());
  }

  /** The operation {@code method} on {@code path} (under the root, "api/" included) answers. */
  Operation operationFor(String method, String path) {
    String bare = "/" + path.split("\\?", 2)[0];
    JsonObject paths = document.getJsonObject("paths");
    for (String template : paths.keySet()) {
      if (!Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), bare)) {
        continue;
      }
      JsonObject atPath = paths.getJsonObject(template);
      JsonObject operation = atPath.getJsonObject(method.toLowerCase(java.util.Locale.ROOT));
      if (operation == null) {
        continue;
      }
      List<String> query = new ArrayList<>();
      for (JsonValue parameter :
          operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
        JsonObject described = parameter.asJsonObject();
        if ("query".equals(described.getString("in", ""))) {
          query.add(described.getString("name"));
        }
      }
      return new Operation(
          method,
          template.replaceFirst("^/", ""),
          List.copyOf(query),
          bodyFields(operation),
          atPath.keySet().stream().map(m -> m.toUpperCase(java.util.Locale.ROOT)).toList());
    }
    throw new IllegalArgumentException("the OpenAPI document has no " + method + " " + bare);
  }

  /** The request schema's top-level field names, following one $ref. */
  private List<String> bodyFields(JsonObject operation) {
    JsonObject content =
        operation
            .getOrDefault("requestBody", JsonValue.EMPTY_JSON_OBJECT)
            .asJsonObject()
            .getOrDefault("content", JsonValue.EMPTY_JSON_OBJECT)
            .asJsonObject();
    if (!content.containsKey("application/json")) {
      return List.of();
    }
    JsonObject schema =
        content
            .getJsonObject("application/json")
            .getOrDefault("schema", JsonValue.EMPTY_JSON_OBJECT)
            .asJsonObject();
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replaceFirst(".*/", "");
      schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema == null || !schema.containsKey("properties")
        ? List.of()
        : List.copyOf(schema.getJsonObject("properties").keySet());
  }

  /**
   * The variants of the valid calls of {@code entry} by {@code role}, drawn from {@code seed}: the
   * surfaces in turn from a seeded start, so a handful of variants already touches every surface,
   * and within a surface a seeded choice. Each is made from the call it will be sent beside ({@link
   * Draw#next}), so a case made ready again gets variants of its own call.
   */
  Draw draw(
      AuthorisationMatrix.Entry entry,
      String role,
      RealCases.Ready first,
      List<String> roles,
      long seed,
      int count) {
    return draw(entry, role, first, roles, seed, count, List.of(Surface.values()));
  }

  /**
   * As above, on {@code surfaces} only: a read has no body to mutate, so its variants change the
   * rest of the request.
   */
  Draw draw(
      AuthorisationMatrix.Entry entry,
      String role,
      RealCases.Ready first,
      List<String> roles,
      long seed,
      int count,
      List<Surface> surfaces) {
    Operation operation = operationFor(first.method(), first.path());
    List<List<HostileRequests.Mutation>> mutations = List.of(List.of());
    if (surfaces.contains(Surface.BODY)) {
      HostileRequests.seedJqwik(seed);
      mutations =
          HostileRequests.mutations(jsonTree(first), operation.bodyFields())
              .sampleStream()
              .limit(count / surfaces.size() + 1)
              .toList();
    }
    return new Draw(entry, role, roles, operation, mutations, new Random(seed), surfaces);
  }

  /** A seeded sequence of variants of one matrix row's valid calls. */
  static final class Draw {
    private final AuthorisationMatrix.Entry entry;
    private final String role;
    private final List<String> roles;
    private final Operation operation;
    private final List<List<HostileRequests.Mutation>> mutations;
    private final Random random;
    private final List<Surface> surfaces;
    private final int start;
    private int drawn;

    private Draw(
        AuthorisationMatrix.Entry entry,
        String role,
        List<String> roles,
        Operation operation,
        List<List<HostileRequests.Mutation>> mutations,
        Random random,
        List<Surface> surfaces) {
      this.entry = entry;
      this.role = role;
      this.roles = roles;
      this.operation = operation;
      this.mutations = mutations;
      this.random = random;
      this.surfaces = List.copyOf(surfaces);
      this.start = random.nextInt(surfaces.size());
    }

    /** The next variant, of {@code ready} (a call of the row this draw is for). */
    Variant next(RealCases.Ready ready) {
      int i = drawn++;
      return switch (surfaces.get((start + i) % surfaces.size())) {
        case BODY ->
            body(
                ready,
                role,
                HostileRequests.apply(
                    jsonTree(ready), mutations.get((i / surfaces.size()) % mutations.size())));
        case QUERY -> query(ready, role, operation, random);
        case PATH -> path(ready, role, operation, random);
        case HEADER -> header(ready, role, random);
        case METHOD -> method(ready, role, operation, random);
        case CALLER -> caller(ready, entry, roles, random);
      };
    }
  }

  private static Variant body(RealCases.Ready ready, String role, HostileRequests.Body body) {
    List<RawHttp.Header> headers = new ArrayList<>();
    if (!body.contentType().isEmpty()) {
      headers.add(new RawHttp.Header("Content-Type", body.contentType()));
    }
    return new Variant(
        Surface.BODY,
        ready.method(),
        ready.path(),
        role,
        headers,
        body.text().getBytes(StandardCharsets.UTF_8),
        null,
        body.what());
  }

  private static Variant query(
      RealCases.Ready ready, String role, Operation operation, Random random) {
    List<String> names = new ArrayList<>(operation.queryParameters());
    names.addAll(QUERY_NAMES);
    String name = names.get(random.nextInt(names.size()));
    List<Map.Entry<String, String>> values = new ArrayList<>(HostileQueries.values().entrySet());
    Map.Entry<String, String> value = values.get(random.nextInt(values.size()));
    boolean twice = random.nextInt(4) == 0;
    String target = HostileQueries.address(ready.path(), name, value.getValue());
    if (twice) {
      target = HostileQueries.address(target, name, value.getValue());
    }
    return valid(
        Surface.QUERY,
        ready,
        ready.method(),
        target,
        role,
        List.of(),
        name + "=" + value.getKey() + (twice ? " (twice)" : ""));
  }

  private static Variant path(
      RealCases.Ready ready, String role, Operation operation, Random random) {
    String[] query = ready.path().split("\\?", 2);
    String[] segments = query[0].split("/");
    String[] template = operation.template().split("/");
    List<Integer> parameters = new ArrayList<>();
    for (int i = 0; i < template.length && i < segments.length; i++) {
      if (template[i].startsWith("{")) {
        parameters.add(i);
      }
    }
    String what;
    String bare;
    int choice = random.nextInt(4);
    if (parameters.isEmpty() || choice == 0) {
      String tail = PATH_TAILS.get(random.nextInt(PATH_TAILS.size()));
      bare = query[0] + tail;
      what = "tail " + tail;
    } else {
      int at = parameters.get(random.nextInt(parameters.size()));
      String value =
          switch (choice) {
            case 1 -> UUID.randomUUID().toString();
            case 2 -> PATH_VALUES.get(random.nextInt(PATH_VALUES.size()));
            default ->
                random.nextBoolean()
                    ? percentEncodeAll(segments[at])
                    : segments[at] + "x".repeat(random.nextInt(3000) + 1);
          };
      String[] changed = segments.clone();
      changed[at] = value;
      bare = String.join("/", changed);
      what =
          template[at]
              + "="
              + (value.length() > 40
                  ? value.substring(0, 40) + "…(" + value.length() + ")"
                  : value);
    }
    String target = query.length > 1 ? bare + "?" + query[1] : bare;
    return valid(Surface.PATH, ready, ready.method(), target, role, List.of(), what);
  }

  /** Every byte of {@code segment} percent-encoded: the same id, spelt as no client would. */
  private static String percentEncodeAll(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      encoded.append(String.format("%%%02X", b & 0xFF));
    }
    return encoded.toString();
  }

  private static Variant header(RealCases.Ready ready, String role, Random random) {
    String basicWrong =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((role + ":wrong").getBytes(StandardCharsets.UTF_8));
    List<List<RawHttp.Header>> choices =
        List.of(
            List.of(new RawHttp.Header("Authorization", "Basic !!!not-base64")),
            List.of(new RawHttp.Header("Authorization", basicWrong)),
            List.of(
                new RawHttp.Header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")),
            List.of(new RawHttp.Header("Authorization", "Basic " + "A".repeat(6000))),
            List.of(new RawHttp.Header("Authorization", "Negotiate \u00ff\u00fe")),
            List.of(new RawHttp.Header("Cookie", "JSESSIONID=" + UUID.randomUUID())),
            List.of(new RawHttp.Header("Cookie", "JSESSIONID=" + "x".repeat(5000))),
            List.of(new RawHttp.Header("Cookie", ";;;==;JSESSIONID")),
            List.of(new RawHttp.Header("Idempotency-Key", "")),
            List.of(new RawHttp.Header("Idempotency-Key", "k".repeat(256))),
            List.of(new RawHttp.Header("Idempotency-Key", "bad key with spaces")),
            List.of(new RawHttp.Header("Idempotency-Key", "\u00e9\u00e8\u00ff")),
            List.of(new RawHttp.Header("Idempotency-Key", "../../etc/passwd")),
            List.of(new RawHttp.Header("Accept", "application/xml")),
            List.of(new RawHttp.Header("Accept", "text/html;q=1, application/json;q=0")),
            List.of(new RawHttp.Header("Accept", "%%%/;;;")),
            List.of(new RawHttp.Header("Accept", "image/png")),
            List.of(new RawHttp.Header("Content-Type", "text/plain")),
            List.of(new RawHttp.Header("Content-Type", "application/xml")),
            List.of(new RawHttp.Header("Content-Type", "application/json; charset=nonsense")),
            List.of(new RawHttp.Header("Content-Type", "multipart/form-data; boundary=x")),
            List.of(new RawHttp.Header("Content-Type", "application/x-www-form-urlencoded")),
            List.of(new RawHttp.Header("Content-Type", ";;;")),
            List.of(new RawHttp.Header("Transfer-Encoding", "chunked;garbage")),
            List.of(new RawHttp.Header("Transfer-Encoding", "xchunked")),
            List.of(new RawHttp.Header("Transfer-Encoding", "gzip, chunked")),
            List.of(
                new RawHttp.Header("Content-Length", "3"),
                new RawHttp.Header("Transfer-Encoding", "chunked")),
            List.of(new RawHttp.Header("Content-Length", "-1")),
            List.of(
                new RawHttp.Header("Content-Length", "1"),
                new RawHttp.Header("Content-Length", "2")),
            List.of(new RawHttp.Header("X-HTTP-Method-Override", "DELETE")),
            List.of(
                new RawHttp.Header(
                    "X-Forwarded-For", "127.0.0.1\r\nX-Injected: 1".replace("\r\n", " "))));
    List<RawHttp.Header> chosen = choices.get(random.nextInt(choices.size()));
    List<RawHttp.Header> headers = new ArrayList<>(chosen);
    boolean ownType = chosen.stream().anyMatch(h -> h.name().equals("Content-Type"));
    if (!ownType) {
      headers.add(new RawHttp.Header("Content-Type", contentType(ready)));
    }
    String what =
        chosen.stream()
            .map(h -> h.name() + ": " + abbreviate(h.value()))
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    byte[] body = body(ready);
    if (chosen.stream().anyMatch(h -> h.name().equals("Transfer-Encoding"))) {
      // The valid body, chunked as the header claims, so only the header's own words are wrong.
      body = chunked(body);
    }
    return new Variant(
        Surface.HEADER, ready.method(), ready.path(), role, headers, body, null, what);
  }

  private static Variant method(
      RealCases.Ready ready, String role, Operation operation, Random random) {
    List<String> methods = new ArrayList<>(METHODS);
    if (!operation.methodsAtPath().contains("GET")) {
      methods.add("GET");
    }
    if (!operation.methodsAtPath().contains("POST")) {
      methods.add("POST");
    }
    String method = methods.get(random.nextInt(methods.size()));
    return valid(Surface.METHOD, ready, method, ready.path(), role, List.of(), method);
  }

  private static Variant caller(
      RealCases.Ready ready, AuthorisationMatrix.Entry entry, List<String> roles, Random random) {
    List<String> denied = roles.stream().filter(r -> !entry.allowed().get(r)).toList();
    int pick = random.nextInt(denied.size() + 1);
    if (pick == denied.size()) {
      return new Variant(
          Surface.CALLER,
          ready.method(),
          ready.path(),
          null,
          List.of(new RawHttp.Header("Content-Type", contentType(ready))),
          body(ready),
          401,
          "anonymous");
    }
    return new Variant(
        Surface.CALLER,
        ready.method(),
        ready.path(),
        denied.get(pick),
        List.of(new RawHttp.Header("Content-Type", contentType(ready))),
        body(ready),
        403,
        "as " + denied.get(pick));
  }

  /** The valid call with one thing changed (method, target or an added header). */
  private static Variant valid(
      Surface surface,
      RealCases.Ready ready,
      String method,
      String target,
      String role,
      List<RawHttp.Header> extra,
      String what) {
    List<RawHttp.Header> headers = new ArrayList<>(extra);
    headers.add(new RawHttp.Header("Content-Type", contentType(ready)));
    return new Variant(surface, method, target, role, headers, body(ready), null, what);
  }

  private static String contentType(RealCases.Ready ready) {
    return ready.contentType() == null ? "application/json" : ready.contentType();
  }

  private static byte[] body(RealCases.Ready ready) {
    return ready.body() == null ? new byte[0] : ready.body();
  }

  private static byte[] chunked(byte[] body) {
    String size = Integer.toHexString(body.length);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    if (body.length > 0) {
      out.writeBytes((size + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(body);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }

  /**
   * The call's body as a JSON tree to mutate; {@code null} for none, and for an upload, whose body
   * is the file itself (its bytes are no JSON tree; its hostile bodies are HostileUploads' work).
   */
  static Object jsonTree(RealCases.Ready ready) {
    return ready.contentType() == null || ready.contentType().contains("json")
        ? tree(ready.body())
        : null;
  }

  /** A JSON body as the tree {@link HostileRequests} mutates; {@code null} for no body. */
  static Object tree(byte[] json) {
    if (json == null || json.length == 0) {
      return null;
    }
    return tree(
        Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readValue());
  }

  private static Object tree(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> fields = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, field) -> fields.put(name, tree(field)));
        yield fields;
      }
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        ((JsonArray) value).forEach(item -> items.add(tree(item)));
        yield items;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> new HostileRequests.Raw(((JsonNumber) value).toString());
      case TRUE -> true;
      case FALSE -> false;
      case NULL -> HostileRequests.NULL;
    };
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
