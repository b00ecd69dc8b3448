package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bookkeeping the hostile runs on real cases share (REST calls, form posts, reads, intakes): a
 * variant sent as its caller, its answer judged (a server error, a refusal that must be a problem,
 * an answer that took it), everything counted per workflow and surface, the valid twin judged, and
 * at the end the figures written ({@link ReliabilityIT.Figures}) and checked. What a run watches
 * for a change (a case's snapshot, what is stored) stays with the run, which says when the case
 * moved on.
 */
final class HostileRun {

  /**
   * The workflows the figures are counted under, each path's first segment ({@link #workflowOf}).
   */
  static final List<String> WORKFLOWS = List.of("complaints", "chc", "ifr", "platform");

  /**
   * How a run on the REST API judges an answer: the figure a 2xx counts under, whether what was
   * taken is listed for the report, whether the HTTP connector's bare 400 is counted apart, and
   * whether an address that leaves the API is judged as such (refused, but owing no problem).
   */
  record Judging(
      String taken, boolean listsTaken, boolean countsConnector, boolean watchesOutside) {

    /** Calls that change a case: what the server took is listed for the report. */
    static final Judging CHANGES = new Judging("accepted", true, true, false);

    /** Intakes: their variants' addresses may leave the API. */
    static final Judging INTAKES = new Judging("accepted", true, false, true);

    /** Reads: an answer is no harm, so it is only counted. */
    static final Judging READS = new Judging("answered", false, true, true);
  }

  final Map<String, Integer> figures = new ConcurrentHashMap<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<String> taken = Collections.synchronizedList(new ArrayList<>());
  private final URI base;
  private final Function<String, StaffSession> sessions;
  private final long seed;
  private final long started = System.nanoTime();

  /**
   * A run starting now, replayed by {@code seed}, whose callers sign in through {@code sessions}.
   */
  HostileRun(URI base, Function<String, StaffSession> sessions, long seed) {
    this.base = base;
    this.sessions = sessions;
    this.seed = seed;
  }

  void count(String figure) {
    figures.merge(figure, 1, Integer::sum);
  }

  int figure(String name) {
    return figures.getOrDefault(name, 0);
  }

  void fail(String row, String what) {
    failures.add(row + ": " + what);
  }

  /** A line for the report: something the server took (or sent onwards) that it might not have. */
  void took(String line) {
    taken.add(line);
  }

  /** A figure's cell: its prefix (the workflow and a dot) and the surface a variant changes. */
  static String cell(String prefix, Enum<?> surface) {
    return prefix + surface.name().toLowerCase(Locale.ROOT);
  }

  /** A variant as a failure names it. */
  static String said(String method, String target, String what) {
    return method + " /" + abbreviate(target) + " [" + what + "]";
  }

  /** The figures' workflow of a path of either matrix: its first segment. */
  static String workflowOf(String path) {
    String first = path.split("/")[0];
    if (first.startsWith("complaint") || first.equals("stories")) {
      return "complaints";
    }
    return first.startsWith("chc") ? "chc" : first.startsWith("ifr") ? "ifr" : "platform";
  }

  Api.Answer send(String row, String cell, String said, HostileSurface.Variant variant) {
    return send(
        row,
        cell,
        said,
        variant.method(),
        variant.target(),
        variant.caller(),
        variant.headers(),
        variant.body());
  }

  /** A form post's variant, sent the same way. */
  Api.Answer send(String row, String cell, String said, HostileForms.Variant variant) {
    return send(
        row,
        cell,
        said,
        new HostileSurface.Variant(
            null,
            variant.method(),
            variant.target(),
            variant.caller(),
            variant.headers(),
            variant.body(),
            null,
            variant.what()));
  }

  /**
   * Sends a request as written, with its caller's session cookie unless it brings its own or has no
   * caller; null when no answer came (counted, and a failure).
   */
  Api.Answer send(
      String row,
      String cell,
      String said,
      String method,
      String target,
      String caller,
      List<RawHttp.Header> headers,
      byte[] body) {
    List<RawHttp.Header> sent = new ArrayList<>(headers);
    boolean ownCookie = sent.stream().anyMatch(h -> h.name().equalsIgnoreCase("Cookie"));
    if (caller != null && !ownCookie) {
      sent.add(new RawHttp.Header("Cookie", sessions.apply(caller).cookieHeader()));
    }
    count(cell + ".requests");
    try {
      return RawHttp.send(base, method, target, sent, body);
    } catch (IOException noAnswer) {
      count(cell + ".no-answer");
      fail(row, "no answer (" + noAnswer.getMessage() + ") <- " + said);
      return null;
    }
  }

  /**
   * Judges a REST answer and counts it: true when the server took it (a 2xx). A refusal must be a
   * problem document (an address outside the API a plain 4xx; the connector's bare 400 anything),
   * and any answer must have the status the variant expects, if it expects one.
   */
  boolean judge(
      Judging how,
      String row,
      String cell,
      String said,
      HostileSurface.Variant variant,
      Api.Answer answer) {
    int status = answer.status();
    boolean took = status >= 200 && status < 300;
    count(cell + (took ? "." + how.taken() : ".refusals"));
    if (status >= 500) {
      count(cell + ".5xx");
    }
    // The HTTP connector refuses a request it cannot frame with a bare 400 before any
    // application code runs: counted apart, and owing no problem document.
    boolean connector = status == 400 && answer.body().isEmpty() && answer.contentType().isEmpty();
    if (connector && how.countsConnector()) {
      count(cell + ".refused-by-http-connector");
    }
    boolean outside = how.watchesOutside() && leavesTheApi(variant.target());
    if (outside) {
      count(cell + ".left-the-api");
    }
    if (took && how.listsTaken()) {
      took(cell + " " + status + " <- " + said);
    }
    String fault = took || connector ? null : outside ? outsideTheApi(answer) : fault(answer);
    if (fault == null && variant.expectedStatus() != null && status != variant.expectedStatus()) {
      fault = status + " (expected " + variant.expectedStatus() + ")";
    }
    if (fault != null) {
      fail(row, fault + " <- " + said);
    }
    return took;
  }

  /**
   * After a refusal: true (counted) when the case is as it was, else a failure naming the change.
   */
  boolean unchanged(
      String row, String cell, String said, int status, CaseSnapshot before, CaseSnapshot after) {
    if (after.equals(before)) {
      count(cell + ".snapshots-unchanged");
      return true;
    }
    fail(
        row,
        "the case changed after a refusal ("
            + status
            + ") <- "
            + said
            + ": "
            + before.differencesFrom(after));
    return false;
  }

  /** What is wrong with the answer to a valid twin on a real case, or null. */
  static String wrongTwin(RealCases.Ready ready, Api.Answer twin) {
    return twin.status() != ready.expectedStatus()
        ? "status "
            + twin.status()
            + " (expected "
            + ready.expectedStatus()
            + ") "
            + abbreviate(twin.body())
        : ready.check().apply(twin);
  }

  /** Counts a valid twin that succeeded under {@code figure}; true, or else a failure. */
  boolean twin(String row, String figure, String called, String wrong) {
    if (wrong == null) {
      count(figure);
      return true;
    }
    fail(row, "the valid " + called + " failed: " + wrong);
    return false;
  }

  /**
   * Runs a run's rows: {@code together} on {@code threads} threads, then {@code alone} one after
   * another (rows whose work reaches beyond their own case, or that count what is stored).
   */
  static void runRows(int threads, List<Callable<Void>> together, List<Callable<Void>> alone)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> running = new ArrayList<>();
      together.forEach(row -> running.add(pool.submit(row)));
      for (Future<Void> row : running) {
        row.get();
      }
    } finally {
      pool.shutdown();
    }
    for (Callable<Void> row : alone) {
      row.call();
    }
  }

  /** Prints up to {@code perCell} of what was taken, by cell, for the report to judge. */
  void printTaken(String tag, String verb, int perCell) {
    new TreeMap<>(taken.stream().sorted().collect(Collectors.groupingBy(l -> l.split(" ")[0])))
        .forEach(
            (cell, lines) ->
                lines.stream()
                    .limit(perCell)
                    .forEach(line -> System.out.println("[" + tag + "] " + verb + ": " + line)));
  }

  /** Writes the figures as {@code name}, with the seed, the seconds so far and the run's own. */
  void write(String name, Map<String, ?> own) {
    Map<String, Object> written = new TreeMap<>(figures);
    written.put("seed", seed);
    written.put("seconds", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    written.putAll(own);
    ReliabilityIT.Figures.write(name, written);
  }

  void assertNoFailures(String what) {
    assertThat(failures).as(what).isEmpty();
  }

  /**
   * Checks the cells of one workflow ({@code prefix}, a surface each): no 5xx, every request either
   * refused or counted as {@code taken}; with {@code snapshotPerRefusal}, one unchanged snapshot
   * per refusal; with {@code everySurface}, requests on each surface. The requests counted.
   */
  int assertCells(
      String prefix,
      List<? extends Enum<?>> surfaces,
      String taken,
      boolean snapshotPerRefusal,
      boolean everySurface) {
    int sent = 0;
    for (Enum<?> surface : surfaces) {
      String cell = cell(prefix, surface);
      int requests = figure(cell + ".requests");
      int refusals = figure(cell + ".refusals");
      sent += requests;
      assertThat(figure(cell + ".5xx")).as(cell + ": 5xx").isZero();
      if (snapshotPerRefusal) {
        assertThat(figure(cell + ".snapshots-unchanged"))
            .as(cell + ": snapshots unchanged, one per refusal")
            .isEqualTo(refusals);
      }
      assertThat(refusals + figure(cell + "." + taken))
          .as(cell + ": every request refused or " + taken)
          .isEqualTo(requests);
      if (everySurface) {
        assertThat(requests).as(cell + ": requests on this surface").isPositive();
      }
    }
    return sent;
  }

  /**
   * What is wrong with a refusal from the API: a server error, or a 4xx that is not a problem
   * document with its status (a 400 naming the field it is about); null if nothing.
   */
  static String fault(Api.Answer answer) {
    int status = answer.status();
    if (status >= 500) {
      return status + " " + abbreviate(answer.body());
    }
    if (status >= 400) {
      if (!answer.contentType().startsWith("application/problem+json")) {
        return status + " as " + answer.contentType() + ": " + abbreviate(answer.body());
      }
      JsonObject problem;
      try {
        problem = answer.json();
      } catch (RuntimeException notJson) {
        return status + " problem that is not JSON: " + abbreviate(answer.body());
      }
      if (problem.getInt("status", -1) != status) {
        return status + " problem with status " + problem.get("status");
      }
      if (status == 400
          && (!problem.containsKey("errors")
              || problem.getJsonArray("errors").isEmpty()
              || problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                  .anyMatch(e -> e.getString("field", "").isBlank()))) {
        return "400 without the field named: " + abbreviate(answer.body());
      }
    }
    return null;
  }

  /**
   * Whether the server, resolving the target's dot segments (percent-encoded ones too, as it does),
   * ends up outside the API: a tail such as {@code /%2e%2e/%2e%2e/audit} on a short path.
   */
  static boolean leavesTheApi(String target) {
    String path = target.split("\\?", 2)[0].replaceAll("(?i)%2e", ".");
    try {
      return !URI.create("/" + path).normalize().getPath().startsWith("/api/");
    } catch (IllegalArgumentException unparsable) {
      return false;
    }
  }

  /**
   * What is wrong with the answer to an address that left the API: it is no API call, so no problem
   * document is owed, but it must be refused (never a server error) and not be taken.
   */
  private static String outsideTheApi(Api.Answer answer) {
    return answer.status() >= 400 && answer.status() < 500
        ? null
        : answer.status() + " outside the API: " + abbreviate(answer.body());
  }

  static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
