package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.app.HostileText.Probe;

/**
 * The checks and the tally of an escaping sweep, whichever workflow it types into: the payloads
 * typed (by tag) and the fields they went into; each page, letter and API answer checked for a
 * payload printed as live markup (a hole) and for the payloads it should show reading back as typed
 * (else an expectation missed); and where each payload was seen, for the report. A sweep of a
 * workflow (EscapingSweep for complaints, ChcEscapingSweep for CHC) drives its cases and calls
 * these.
 *
 * <p>{@link Sweep} is the driver they share: a workflow's sweep extends it with only its fields and
 * pages, and {@link Sweep#runAndAssert} runs it, reports it and asserts its counts exactly.
 */
final class EscapingChecks {

  /** The counts a sweep reports, which the test asserts exactly; and the payloads shown nowhere. */
  record Counts(
      int fields, int payloads, int pages, int letters, int answers, List<String> shownNowhere) {}

  /**
   * The driver of a workflow's sweep: the client, the checks, today in London, typing a payload and
   * reading one back, and the information-governance officer's pages of a closed case. A workflow
   * adds its fields and pages in {@link #typeAndLook}.
   */
  abstract static class Sweep {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String IG = "ig-officer";

    final Api api;
    final EscapingChecks checks = new EscapingChecks();
    final LocalDate today = LocalDate.now(LONDON);

    Sweep(Api api) {
      this.api = api;
    }

    /** Types the workflow's payloads into its fields and checks every page that shows them. */
    abstract void typeAndLook();

    EscapingChecks checks() {
      return checks;
    }

    /**
     * Runs the sweep, prints its report, writes its figures ({@code target/reliability/<name>}),
     * and asserts no hole, no expectation missed, and exactly the counts expected.
     */
    void runAndAssert(String title, String figuresName, Counts expected) {
      typeAndLook();
      System.out.println("[escaping] " + checks.report(title));
      ReliabilityIT.Figures.write(figuresName, checks.figures());
      assertThat(checks.holes())
          .as("payloads that became markup, or letters that can act")
          .isEmpty();
      assertThat(checks.missing())
          .as("payloads not read back as typed where the page, letter or answer shows them")
          .isEmpty();
      assertThat(checks.counts()).as("the sweep's reported counts").isEqualTo(expected);
    }

    StaffSession signIn(String role) {
      return StaffSession.signIn(api.base(), role);
    }

    String typed(Probe probe) {
      return checks.typed(probe);
    }

    String valueOf(String tag) {
      return checks.valueOf(tag);
    }

    static JsonObject ok(Api.Answer answer, int status) {
      if (answer.status() != status) {
        throw new AssertionError(
            "expected " + status + ", got " + answer.status() + ": " + answer.body());
      }
      return answer.json();
    }

    /**
     * The IG officer's pages of closed cases: the retention record of {@code kept}, whose keeping
     * longer is first refused without a date (the form again, the reason a payload) and then
     * accepted, so the record shows the reason; the review list and the IG officer's tasks; and,
     * when {@code destroyed} is given (a case whose retention has ended), its destruction through
     * the record page with the appraisal a payload, then its certificate in the page and the API.
     */
    void retentionPages(
        String caseType, String kept, String reasonTag, String destroyed, String appraisalTag) {
      StaffSession ig = signIn(IG);
      String record = "retention/" + caseType + "/" + kept;
      if (!awaitPage(ig, record, "name=\"reason\"")) {
        checks.miss(record + ": the retention record of a closed case never appeared");
        return;
      }
      Probe reason = HostileText.full(reasonTag, "retention extension reason (IG officer)");
      checks.shownAgain(ig, record + "/extension", Map.of("reason", typed(reason)), reasonTag);
      Map<String, String> extension = new LinkedHashMap<>();
      date(extension, "retainUntil", today.plusYears(20));
      extension.put("reason", reason.value());
      submitted(ig, record + "/extension", extension);
      checks.page("retention record (kept longer)", ig.get(record), tags(reasonTag));
      checks.json(
          "retention record (API)",
          api.get(IG, "api/retention/records/" + caseType + "/" + kept),
          200,
          tags(reasonTag));
      if (destroyed != null) {
        String due = "retention/" + caseType + "/" + destroyed;
        if (!awaitPage(ig, due, "name=\"appraisal\"")) {
          checks.miss(due + ": the review of a case whose retention ended never opened");
        } else {
          checks.page("retention record (due)", ig.get(due));
          Probe appraisal = HostileText.full(appraisalTag, "destruction appraisal (IG officer)");
          submitted(ig, due + "/destruction", Map.of("appraisal", typed(appraisal)));
          checks.page("retention record (destroyed)", ig.get(due), tags(appraisalTag));
          Api.Answer register = api.get(IG, "api/retention/certificates");
          checks.json("register of destruction (API)", register, 200, tags(appraisalTag));
          String number =
              register.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                  .filter(certificate -> destroyed.equals(certificate.getString("recordId")))
                  .map(certificate -> certificate.getString("number"))
                  .findFirst()
                  .orElse("none");
          checks.json(
              "destruction certificate (API)",
              api.get(IG, "api/retention/certificates/" + encode(number)),
              200,
              tags(appraisalTag));
        }
      }
      checks.page("retention review list", ig.get("retention"));
      checks.page("IG officer's tasks", ig.get("tasks?assigned=all&size=100"));
    }

    /** Reloads a page until it holds {@code marker}: the engine's timers open reviews. */
    private static boolean awaitPage(StaffSession who, String path, String marker) {
      long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < giveUp) {
        Api.Answer page = who.get(path);
        if (page.status() == 200 && page.body().contains(marker)) {
          return true;
        }
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return false;
    }
  }

  private static final Pattern SCRIPT_URL =
      Pattern.compile("(?i)(href|src|action|formaction)\\s*=\\s*[\"']?\\s*javascript:");

  private final Map<String, Probe> probes = new LinkedHashMap<>();
  private final Map<String, Set<String>> seen = new LinkedHashMap<>();
  private final Set<String> fields = new TreeSet<>();
  private final List<String> holes = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final Set<String> pages = new LinkedHashSet<>();
  private final Set<String> letters = new LinkedHashSet<>();
  private final Set<String> answers = new LinkedHashSet<>();

  List<String> holes() {
    return holes;
  }

  List<String> missing() {
    return missing;
  }

  /** An expectation the sweep itself found unmet (a letter not sent, a form not shown again). */
  void miss(String what) {
    missing.add(what);
  }

  // ---------------------------------------------------------------------------------------------
  // Payloads

  /** The payload's text, remembered under its tag and its field counted. */
  String typed(Probe probe) {
    register(probe);
    return probe.value();
  }

  void register(Probe probe) {
    probes.putIfAbsent(probe.tag(), probe);
    seen.putIfAbsent(probe.tag(), new LinkedHashSet<>());
    fields.add(probe.field().replaceAll(" \\(line \\d\\)", ""));
  }

  String valueOf(String tag) {
    return probes.get(tag).value();
  }

  static List<String> tags(String... tags) {
    return List.of(tags);
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  void page(String name, Api.Answer page) {
    page(name, page, List.of());
  }

  void page(String name, Api.Answer page, List<String> expected) {
    pages.add(name);
    // 400 is a form shown again with its messages, as people see it.
    if ((page.status() != 200 && page.status() != 400)
        || !page.contentType().startsWith("text/html")) {
      missing.add(name + ": answered " + page.status() + " " + page.contentType());
      return;
    }
    String html = page.body();
    if (SCRIPT_URL.matcher(html).find()) {
      holes.add(name + ": a javascript: URL in an attribute");
    }
    for (Probe probe : probes.values()) {
      for (String live : HostileText.liveIn(html, probe)) {
        holes.add(name + ": " + probe + " printed as markup: " + live);
      }
      if (HostileText.readsAsText(html, probe)) {
        seenIn(probe, "page " + name);
      }
    }
    expect(name, expected, tag -> HostileText.readsAsText(html, probes.get(tag)));
  }

  /** A form posted with a message expected: it must come back (400) with its error summary. */
  void shownAgain(StaffSession who, String path, Map<String, String> typed, String... tags) {
    Api.Answer page = who.submit(path, typed);
    if (page.status() != 400 || !page.body().contains("id=\"error-summary\"")) {
      missing.add(path + ": expected the form again with a message, got " + page.status());
      return;
    }
    page("form " + path.substring(path.lastIndexOf('/') + 1) + " shown again", page, List.of(tags));
  }

  void letter(String name, byte[] pdf, List<String> expected) {
    letters.add(name);
    LetterInspection letter = LetterInspection.of(pdf);
    for (String active : letter.activeContent()) {
      holes.add("letter " + name + ": " + active);
    }
    for (String escapedTwice : List.of("&lt;", "&gt;", "&amp;", "&quot;", "&#")) {
      if (letter.text().contains(escapedTwice)) {
        missing.add("letter " + name + ": prints the entity " + escapedTwice + " (escaped twice)");
      }
    }
    for (Probe probe : probes.values()) {
      if (letter.prints(probe.value())) {
        seenIn(probe, "letter " + name);
      }
    }
    expect("letter " + name, expected, tag -> letter.prints(probes.get(tag).value()));
  }

  /**
   * Downloads every letter of a case ({@code api/cases/{caseType}/{id}/letters}). Each must print
   * the payloads {@code quotes} names for its kind as text and hold nothing that can act; a kind
   * named there but not sent is reported too.
   */
  void lettersOf(
      Api api,
      String user,
      String caseType,
      String id,
      String reference,
      Map<String, List<String>> quotes) {
    Set<String> kinds = new TreeSet<>();
    String path = "api/cases/" + caseType + "/" + id + "/letters";
    JsonArray list = api.get(user, path).structure().asJsonArray();
    for (JsonObject letter : list.getValuesAs(JsonObject.class)) {
      String kind = letter.getString("kind");
      kinds.add(kind);
      String name = kind + " of " + reference;
      HttpResponse<byte[]> pdf = api.download(user, path + "/" + letter.getString("id"));
      if (pdf.statusCode() != 200) {
        missing.add(name + ": download answered " + pdf.statusCode());
        continue;
      }
      letter(name, pdf.body(), quotes.getOrDefault(kind, List.of()));
    }
    for (String kind : quotes.keySet()) {
      if (!kinds.contains(kind)) {
        missing.add(reference + ": no " + kind + " letter was sent");
      }
    }
  }

  void json(String name, Api.Answer answer, int status) {
    json(name, answer, status, List.of());
  }

  void json(String name, Api.Answer answer, int status, List<String> expected) {
    answers.add(name);
    if (answer.status() != status) {
      missing.add(name + ": answered " + answer.status() + ", expected " + status);
    }
    String type = answer.contentType();
    if (!type.startsWith("application/json") && !type.startsWith("application/problem+json")) {
      holes.add(name + ": answered as " + type);
    }
    if (status >= 400 && !type.startsWith("application/problem+json")) {
      missing.add(name + ": a problem not as application/problem+json but " + type);
    }
    if (!"nosniff".equals(answer.headers().firstValue("X-Content-Type-Options").orElse(""))) {
      holes.add(name + ": no X-Content-Type-Options: nosniff");
    }
    List<String> strings = new ArrayList<>();
    try {
      strings(Json.createReader(new StringReader(answer.body())).read(), strings);
    } catch (RuntimeException notJson) {
      holes.add(name + ": the body is not JSON: " + notJson.getMessage());
      return;
    }
    for (Probe probe : probes.values()) {
      if (strings.stream().anyMatch(text -> text.contains(probe.value()))) {
        seenIn(probe, "API " + name);
      }
    }
    expect(
        name,
        expected,
        tag -> strings.stream().anyMatch(text -> text.contains(probes.get(tag).value())));
  }

  private void expect(String where, List<String> tags, Predicate<String> found) {
    for (String tag : tags) {
      if (!probes.containsKey(tag)) {
        missing.add(where + ": no payload " + tag + " was typed");
      } else if (!found.test(tag)) {
        missing.add(where + ": " + probes.get(tag) + " does not read back as typed");
      }
    }
  }

  private static void strings(JsonValue value, List<String> into) {
    switch (value.getValueType()) {
      case STRING -> into.add(((JsonString) value).getString());
      case OBJECT -> value.asJsonObject().values().forEach(item -> strings(item, into));
      case ARRAY -> value.asJsonArray().forEach(item -> strings(item, into));
      default -> {
        // numbers, true, false, null: no text
      }
    }
  }

  private void seenIn(Probe probe, String where) {
    seen.get(probe.tag()).add(where);
  }

  // ---------------------------------------------------------------------------------------------
  // Working the pages

  /** Posts a form that must be accepted (a redirect onwards); else fails with its messages. */
  static Api.Answer submitted(StaffSession who, String path, Map<String, String> answers) {
    Api.Answer answer = who.submit(path, answers);
    if (answer.status() != 302 && answer.status() != 303) {
      throw new AssertionError(
          path + " was not accepted (" + answer.status() + "): " + errorSummary(answer.body()));
    }
    return answer;
  }

  static void date(Map<String, String> form, String name, LocalDate date) {
    form.put(name + "-day", String.valueOf(date.getDayOfMonth()));
    form.put(name + "-month", String.valueOf(date.getMonthValue()));
    form.put(name + "-year", String.valueOf(date.getYear()));
  }

  static String idFrom(Api.Answer created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String errorSummary(String html) {
    int start = html.indexOf("id=\"error-summary\"");
    String part = start < 0 ? html : html.substring(start, Math.min(html.length(), start + 1500));
    return part.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
  }

  // ---------------------------------------------------------------------------------------------
  // The report

  /** The figures of the run and, per payload, where it read back as text. */
  String report(String title) {
    long neverShown = seen.values().stream().filter(Set::isEmpty).count();
    StringBuilder report =
        new StringBuilder()
            .append(title)
            .append(": ")
            .append(fields.size())
            .append(" free-text fields, ")
            .append(probes.size())
            .append(" payloads; ")
            .append(pages.size())
            .append(" pages, ")
            .append(letters.size())
            .append(" letters, ")
            .append(answers.size())
            .append(" API answers checked; ")
            .append(holes.size())
            .append(" holes, ")
            .append(missing.size())
            .append(" expectations missed; ")
            .append(neverShown)
            .append(" payloads stored but shown nowhere\n");
    probes.forEach(
        (tag, probe) ->
            report
                .append("  ")
                .append(probe)
                .append(": ")
                .append(
                    seen.get(tag).isEmpty()
                        ? "stored, shown nowhere"
                        : seen.get(tag).size()
                            + " places, e.g. "
                            + seen.get(tag).stream().limit(3).collect(Collectors.joining("; ")))
                .append('\n'));
    for (String hole : holes) {
      report.append("  HOLE ").append(hole).append('\n');
    }
    for (String miss : missing) {
      report.append("  MISSED ").append(miss).append('\n');
    }
    return report.toString();
  }

  /** The run's figures, for docs/reliability.md. */
  Map<String, Object> figures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("fields", fields.size());
    figures.put("payloads", probes.size());
    figures.put("pages", pages.size());
    figures.put("letters", letters.size());
    figures.put("apiAnswers", answers.size());
    figures.put("holes", holes.size());
    figures.put("expectationsMissed", missing.size());
    figures.put(
        "shownNowhere",
        seen.entrySet().stream()
            .filter(entry -> entry.getValue().isEmpty())
            .map(entry -> probes.get(entry.getKey()).toString())
            .collect(Collectors.joining(", ")));
    return figures;
  }

  /** The counts the sweep reports, to be asserted exactly. */
  Counts counts() {
    return new Counts(
        fields.size(),
        probes.size(),
        pages.size(),
        letters.size(),
        answers.size(),
        seen.entrySet().stream()
            .filter(entry -> entry.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList());
  }

  int pagesChecked() {
    return pages.size();
  }

  int lettersChecked() {
    return letters.size();
  }

  int fieldsCovered() {
    return fields.size();
  }

  int answersChecked() {
    return answers.size();
  }
}
