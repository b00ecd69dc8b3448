package uk.nhs.icb.caseworkflows.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generated hostile requests for every POST endpoint (jqwik arbitraries, drawn from a seeded random
 * so a failure can be replayed): a plausible body for the endpoint, then one to three mutations. A
 * field replaced by a wrong type, null, a huge string, a Unicode edge case, an invalid NHS number
 * or date, or a deeply nested array; a field removed; an unknown field added; or the whole body
 * replaced by garbage, a bare scalar, a truncated document, a JSON bomb or the wrong content type.
 * About one in twenty is left valid, so the test also sees what a good request stores.
 */
final class HostileRequests {

  /** An endpoint of the API that changes something, with a plausible body. */
  record Endpoint(String pathTemplate, String role, Object validBody) {

    boolean isIntake() {
      return pathTemplate.equals("complaints") || pathTemplate.equals("complaints/resolved-orally");
    }
  }

  /** One request as it will be sent. */
  record Hostile(Endpoint endpoint, String path, String contentType, String body, String what) {}

  /** JSON null, distinct from "no value". */
  static final Object NULL = new Object();

  /** Text written into the document as it is: escapes, numbers out of range, nesting. */
  record Raw(String json) {}

  private static final List<String> UNICODE_EDGES =
      List.of(
          "",
          " ",
          "\u0000",
          "\u202Eevil\u202C",
          "\u200B\u200C\u200D\uFEFF",
          "Zoë Ní Bhriain-Łukasz 😀👩‍👩‍👧‍👦",
          "e\u0301\u0301\u0301\u0301\u0301\u0301",
          "\uD83D",
          "\uDC00abc",
          "\r\n\t\u000B\u000C\u0085\u2028\u2029",
          "<script>alert(1)</script>",
          "'; DROP TABLE complaint; --",
          "${jndi:ldap://example.invalid/x}",
          "#{7*7}{{7*7}}",
          "../../../../etc/passwd",
          "%00%0d%0a",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "ﷺ",
          "\u0000".repeat(50));

  private static final List<String> BAD_NHS_NUMBERS =
      List.of(
          "9434765918",
          "943476591",
          "94347659199",
          "0000000000",
          "ABCDEFGHIJ",
          "943 476 591X",
          "-943476591",
          "9434765919\u0000",
          "４８５７７７３４５７",
          "1e10",
          "");

  private static final List<String> BAD_DATES =
      List.of(
          "2026-02-30",
          "2026-13-01",
          "31/12/2026",
          "9999-99-99",
          "+1000000000-01-01",
          "-999999999-01-01",
          "0000-00-00",
          "2026-11-22T25:61:00Z",
          "yesterday",
          "",
          "1900-01-01",
          "3000-01-01",
          "2026-11-22T10:00:00+99:00");

  private final List<Endpoint> endpoints;
  private final String complaintId;
  private final String taskId;

  HostileRequests(List<Endpoint> endpoints, String complaintId, String taskId) {
    this.endpoints = endpoints;
    this.complaintId = complaintId;
    this.taskId = taskId;
  }

  /**
   * {@code count} requests drawn with jqwik's sampling (edge cases included), from a seeded source
   * of randomness so that a run can be repeated with {@code -Dhostile.seed}.
   */
  List<Hostile> sample(long seed, int count) {
    seedJqwik(seed);
    return hostile().sampleStream().limit(count).toList();
  }

  /**
   * Seeds the randomness jqwik samples with on this thread. The seeding call lives in the engine,
   * which jqwik ships as a runtime-only dependency, so it is reached by name.
   */
  static void seedJqwik(long seed) {
    try {
      Class.forName("net.jqwik.engine.SourceOfRandomness")
          .getMethod("create", String.class)
          .invoke(null, Long.toString(seed));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot seed jqwik", e);
    }
  }

  private Arbitrary<Hostile> hostile() {
    return Arbitraries.of(endpoints)
        .flatMap(
            endpoint ->
                Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(List.<Mutation>of())),
                        Tuple.of(
                            19,
                            mutation(endpoint.validBody(), List.of())
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(3)))
                    .flatMap(
                        mutations ->
                            pathFor(endpoint)
                                .map(
                                    path -> {
                                      Body body = apply(endpoint.validBody(), mutations);
                                      return new Hostile(
                                          endpoint,
                                          path,
                                          body.contentType(),
                                          body.text(),
                                          body.what());
                                    })));
  }

  /** A body as it will be sent: its bytes as text, its content type, and what was done to it. */
  record Body(String contentType, String text, String what) {}

  /**
   * One to three mutations of {@code validBody} (a tree of maps, lists and values, as {@link #json}
   * writes it): the same mutations as the generated requests above, for {@link HostileSurface}'s
   * calls on real cases. {@code fieldNames} are names a field may be added under besides the usual
   * suspects (the request schema's own fields, so a missing optional one is tried too).
   */
  static Arbitrary<Body> mutatedBodies(Object validBody, List<String> fieldNames) {
    return mutations(validBody, fieldNames).map(mutations -> apply(validBody, mutations));
  }

  /**
   * The mutations alone, to be applied later ({@link #apply}) to a body of the same shape: a case
   * made ready again has a body like the first one's but not the same (its dates, its ids).
   */
  static Arbitrary<List<Mutation>> mutations(Object validBody, List<String> fieldNames) {
    return mutation(validBody, fieldNames).list().ofMinSize(1).ofMaxSize(3);
  }

  private Arbitrary<String> pathFor(Endpoint endpoint) {
    Arbitrary<String> id =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just(complaintId)),
            Tuple.of(1, Arbitraries.create(() -> java.util.UUID.randomUUID().toString())),
            Tuple.of(1, Arbitraries.of(UNICODE_EDGES).map(s -> s.isEmpty() ? "x" : s)),
            Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(3000)));
    Arbitrary<String> task =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(taskId)),
            Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(200)));
    return Combine.both(id, task)
        .map(
            (complaint, someTask) ->
                endpoint
                    .pathTemplate()
                    .replace(
                        "{id}",
                        segment(endpoint.pathTemplate().startsWith("tasks") ? someTask : complaint))
                    .replace("{consentId}", segment(java.util.UUID.randomUUID().toString()))
                    .replace("{actionId}", segment(java.util.UUID.randomUUID().toString()))
                    .replace("{referralId}", segment(java.util.UUID.randomUUID().toString()))
                    .replace("{storyId}", segment(java.util.UUID.randomUUID().toString())));
  }

  private static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // --- mutations ------------------------------------------------------------------------------

  sealed interface Mutation permits Replace, Remove, Add, Whole, WrongType {}

  private record Replace(double where, Object value) implements Mutation {}

  private record Remove(double where) implements Mutation {}

  private record Add(String name, Object value) implements Mutation {}

  private record Whole(String body) implements Mutation {}

  private record WrongType(String contentType) implements Mutation {}

  private static Arbitrary<Mutation> mutation(Object validBody, List<String> fieldNames) {
    // Uniform from the seeded source: jqwik's own doubles lean to their edge cases (0, 1 and values
    // near them), which mutated the first field of a body about five times as often as the middle.
    Arbitrary<Double> where = Arbitraries.randomValue(java.util.Random::nextDouble);
    List<String> names = new ArrayList<>(fieldNames);
    names.addAll(List.of("id", "version", "status", "reference", "admin", "__proto__", "x"));
    return Arbitraries.frequencyOf(
        Tuple.of(10, Combine.both(where, hostileValue()).map(Replace::new)),
        Tuple.of(3, where.map(Remove::new)),
        Tuple.of(
            2,
            Combine.both(Arbitraries.of(names).injectDuplicates(0.1), hostileValue())
                .map(Add::new)),
        Tuple.of(3, wholeBody(validBody).map(Whole::new)),
        Tuple.of(
            1,
            Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "")
                .map(WrongType::new)));
  }

  private static Arbitrary<Object> hostileValue() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(NULL)),
        Tuple.of(2, Arbitraries.integers().map(i -> (Object) i)),
        Tuple.of(
            2,
            Arbitraries.of(
                    "1e999999",
                    "-0",
                    "123456789012345678901234567890123456789",
                    "0.0000000000000000000000001",
                    "NaN",
                    "Infinity",
                    "\"\\ud800\"",
                    "\"\\u0000\"",
                    "\"\\uDFFF\\uD800\"")
                .map(Raw::new)),
        Tuple.of(2, Arbitraries.of(true, false).map(b -> (Object) b)),
        Tuple.of(1, Arbitraries.just((Object) new ArrayList<>())),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(20).list().ofMaxSize(5).map(l -> (Object) l)),
        Tuple.of(1, Arbitraries.just((Object) Map.of("a", Map.of("b", List.of(1))))),
        Tuple.of(5, Arbitraries.strings().all().ofMaxLength(300).map(s -> (Object) s)),
        Tuple.of(4, Arbitraries.of(UNICODE_EDGES).map(s -> (Object) s)),
        Tuple.of(
            1,
            Combine.both(
                    Arbitraries.integers().between(5_000, 600_000),
                    Arbitraries.of("x", "é", "😀", "\u0000", "\\"))
                .map((n, unit) -> (Object) unit.repeat(n / unit.length()))),
        Tuple.of(3, Arbitraries.of(BAD_NHS_NUMBERS).map(s -> (Object) s)),
        Tuple.of(3, Arbitraries.of(BAD_DATES).map(s -> (Object) s)),
        Tuple.of(2, Arbitraries.strings().alpha().ofMaxLength(30).map(s -> (Object) s)),
        Tuple.of(
            1, Arbitraries.integers().between(10, 100_000).map(depth -> (Object) nest(depth))));
  }

  private static Arbitrary<String> wholeBody(Object validBody) {
    String valid = json(validBody);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(500)),
        Tuple.of(
            2,
            Arbitraries.integers()
                .between(0, Math.max(0, valid.length() - 1))
                .map(cut -> valid.substring(0, cut))),
        Tuple.of(2, Arbitraries.of("null", "0", "true", "\"text\"", "[]", "[{}]", "{}", "", " ")),
        Tuple.of(
            1, Arbitraries.integers().between(1_000, 200_000).map(depth -> nest(depth).json())),
        Tuple.of(
            1,
            Arbitraries.integers()
                .between(1_000, 50_000)
                .map(width -> "{" + "\"a\":1,".repeat(width) + "\"a\":2}")),
        Tuple.of(1, Arbitraries.just("{\"a\":\"" + "\\u0000".repeat(10_000) + "\"}")));
  }

  private static Raw nest(int depth) {
    return new Raw("[".repeat(depth) + "]".repeat(depth));
  }

  static Body apply(Object validBody, List<Mutation> mutations) {
    Object body = copy(validBody);
    String contentType = "application/json";
    String whole = null;
    List<String> what = new ArrayList<>();
    for (Mutation mutation : mutations) {
      if (mutation instanceof Replace replace) {
        Object value = copy(replace.value());
        List<Slot> slots = slots(body);
        if (slots.isEmpty()) {
          body = value;
          what.add("body=" + describe(value));
        } else {
          Slot slot = slotAt(slots, replace.where());
          slot.set(value);
          what.add(slot.name() + "=" + describe(value));
        }
      } else if (mutation instanceof Remove remove) {
        List<Slot> slots = slots(body);
        if (!slots.isEmpty()) {
          Slot slot = slotAt(slots, remove.where());
          slot.remove();
          what.add("-" + slot.name());
        }
      } else if (mutation instanceof Add add) {
        if (body instanceof Map<?, ?> map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> fields = (Map<String, Object>) map;
          fields.put(add.name(), copy(add.value()));
          what.add("+" + add.name() + "=" + describe(add.value()));
        }
      } else if (mutation instanceof Whole replaced) {
        whole = replaced.body();
        what.add("whole body (" + replaced.body().length() + " chars)");
      } else if (mutation instanceof WrongType wrong) {
        contentType = wrong.contentType();
        what.add("Content-Type " + wrong.contentType());
      }
    }
    String text = whole != null ? whole : body == null ? "" : json(body);
    return new Body(contentType, text, mutations.isEmpty() ? "valid" : String.join("; ", what));
  }

  /**
   * The slot at {@code where} (0 to 1) along the body: every slot gets an equal share of the range,
   * the last one included ({@code where × (n − 1)} rounded down reached it only at exactly 1).
   */
  private static Slot slotAt(List<Slot> slots, double where) {
    return slots.get(Math.min(slots.size() - 1, (int) (where * slots.size())));
  }

  private static String describe(Object value) {
    String text =
        value == NULL ? "null" : value instanceof Raw raw ? raw.json() : String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }

  // --- a tiny JSON tree -------------------------------------------------------------------------

  private interface Slot {
    String name();

    void set(Object value);

    void remove();
  }

  private static List<Slot> slots(Object tree) {
    List<Slot> slots = new ArrayList<>();
    collect(tree, "", slots);
    return slots;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, String at, List<Slot> slots) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> fields = (Map<String, Object>) map;
      for (String key : List.copyOf(fields.keySet())) {
        String name = at.isEmpty() ? key : at + "." + key;
        slots.add(
            new Slot() {
              public String name() {
                return name;
              }

              public void set(Object value) {
                fields.put(key, value);
              }

              public void remove() {
                fields.remove(key);
              }
            });
        collect(fields.get(key), name, slots);
      }
    } else if (node instanceof List<?> list) {
      List<Object> items = (List<Object>) list;
      for (int i = 0; i < items.size(); i++) {
        int index = i;
        String name = at + "[" + i + "]";
        slots.add(
            new Slot() {
              public String name() {
                return name;
              }

              public void set(Object value) {
                if (index < items.size()) {
                  items.set(index, value);
                }
              }

              public void remove() {
                if (index < items.size()) {
                  items.remove(index);
                }
              }
            });
        collect(items.get(i), name, slots);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return node;
  }

  static String json(Object node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(Object node, StringBuilder out) {
    if (node == null || node == NULL) {
      out.append("null");
    } else if (node instanceof Raw raw) {
      out.append(raw.json());
    } else if (node instanceof String text) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          default -> {
            if (c < 0x20 || Character.isSurrogate(c)) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    } else if (node instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> field : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(String.valueOf(field.getKey()), out);
        out.append(':');
        write(field.getValue(), out);
      }
      out.append('}');
    } else if (node instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      out.append(node);
    }
  }

  // --- plausible bodies -------------------------------------------------------------------------

  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  static Map<String, Object> intake(String complainantName, LocalDate happenedOn) {
    return object(
        "channel", "LETTER",
        "complainant",
            object(
                "name",
                complainantName,
                "addressLines",
                new ArrayList<>(List.of("1 Test Row", "Luton")),
                "postcode",
                "LU1 1AA"),
        "patient",
            object(
                "name",
                "Pat Testperson",
                "nhsNumber",
                "9434765919",
                "dateOfBirth",
                "1950-01-01",
                "addressLines",
                new ArrayList<>(List.of("1 Test Row", "Luton")),
                "postcode",
                "LU1 1AA"),
        "representation", object("standing", "LACKS_CAPACITY", "evidence", "LPA seen"),
        "subject",
            object(
                "organisationOrService",
                "Northvale GP Practice",
                "peopleNamed",
                new ArrayList<>(List.of("Reception"))),
        "details",
            object(
                "whatHappened",
                "Generated test complaint.",
                "happenedOn",
                happenedOn.toString(),
                "desiredOutcome",
                "None; this is a test."));
  }

  /** Two arbitraries combined, without jqwik's wider Combinators signature noise. */
  private static final class Combine {
    private Combine() {}

    static <A, B> Pair<A, B> both(Arbitrary<A> a, Arbitrary<B> b) {
      return new Pair<>(a, b);
    }

    record Pair<A, B>(Arbitrary<A> a, Arbitrary<B> b) {
      <R> Arbitrary<R> map(java.util.function.BiFunction<A, B, R> combine) {
        return net.jqwik.api.Combinators.combine(a, b).as(combine::apply);
      }
    }
  }
}
