package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The mixed work {@link CrashConsistencyIT} runs while it kills the server: many clients at once,
 * each working its own cases of one workflow through real use cases. Complaints: intake, remit
 * decision, acknowledgement (a letter), the representative's standing, three consents, the
 * investigation plan, a piece of evidence, a PDF uploaded to it. CHC: referral, consent, the
 * decision to assess. IFR: a funding request logged.
 *
 * <p>Every request of a use case until one of its faults has gone through, then one in {@link
 * #FAULT_ONE_IN} chosen by the seed, is first sent with {@code X-Test-Fault: before-commit}: the
 * server runs the use case, flushes its writes and fails just before the commit. It must answer
 * 500, and the case's state in the database (its row, its audit entries, letters, documents,
 * process history and open tasks; for an intake, any row naming the new person) must be exactly
 * what it was before. The same request is then sent without the header and must succeed and change
 * that state, which shows the snapshot sees what the use case writes.
 *
 * <p>Every 2xx answer is remembered as an {@link Acknowledged} effect, to be looked for after each
 * restart. A request that gets no answer (the connection died under it) is counted as cut off and
 * its case abandoned: whether it was stored cannot be known, only that whatever is stored is whole.
 */
final class CrashWorkload {

  static final int FAULT_ONE_IN = 5;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A change the server acknowledged with a 2xx: {@code sql} must count at least one row. */
  record Acknowledged(String what, String sql, List<String> parameters) {}

  /** What happened to one faulted request. */
  record Fault(String useCase, int status, boolean unchanged, boolean twinChanged) {}

  private final URI base;
  private final String jdbcUrl;
  private final String dbUser;
  private final String dbPassword;
  private final long seed;
  private final String runTag;

  final List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
  final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
  final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  final Map<String, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
  final AtomicInteger cutOff = new AtomicInteger();
  final AtomicInteger refusedWhileDown = new AtomicInteger();
  final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger serial = new AtomicInteger();
  private final java.util.Set<String> faultedOnce =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private volatile boolean stopping;
  private volatile int round;
  private volatile Map<String, StaffSession> sessions = Map.of();

  CrashWorkload(
      URI base, String jdbcUrl, String dbUser, String dbPassword, long seed, String runTag) {
    this.base = base;
    this.jdbcUrl = jdbcUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
    this.seed = seed;
    this.runTag = runTag;
  }

  /** The server is (back) up: new sessions, since sessions die with the server. */
  synchronized void resume(int newRound) {
    sessions =
        Map.of(
            "complaints-handler",
            StaffSession.signIn(base, "complaints-handler"),
            "chc-assessor",
            StaffSession.signIn(base, "chc-assessor"),
            "ifr-coordinator",
            StaffSession.signIn(base, "ifr-coordinator"));
    round = newRound;
  }

  /** The server is being killed: clients stop at their next request until {@link #resume}. */
  void pause() {
    round = -Math.abs(round) - 1;
  }

  void stop() {
    stopping = true;
  }

  /** The body of client {@code index}; its workflow by index: 4 of 6 complaints, 1 CHC, 1 IFR. */
  Runnable client(int index) {
    Random random = new Random(seed * 31 + index);
    return () -> {
      try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
        while (!stopping) {
          int myRound = round;
          if (myRound <= 0) {
            sleep(100);
            continue;
          }
          try {
            switch (index % 6) {
              case 4 -> chcCase(db, random);
              case 5 -> ifrRequest(db, random);
              default -> complaint(db, random);
            }
          } catch (CutOff cut) {
            // The server died under this client: wait for the next round. (A refusal already
            // counted as a failure only ends this case; the client starts another.)
            while (cut.serverGone && !stopping && round == myRound) {
              sleep(50);
            }
          }
        }
      } catch (SQLException e) {
        failures.add("client " + index + ": database: " + e);
      }
    };
  }

  // --- the three workflows ---------------------------------------------------------------------

  private void complaint(Connection db, Random random) throws SQLException {
    String name = "Mx Crash " + runTag + " " + serial.incrementAndGet() + " Lee";
    Map<String, Object> intake = HostileRequests.intake(name, LocalDate.now(LONDON).minusMonths(1));
    String id = intake(db, random, "complaint intake", "api/complaints", intake, name, "complaint");
    String path = "api/complaints/" + id;
    String givenAt = Instant.now().minusSeconds(60).toString();
    String[][] steps = {
      {"remit decision", "/remit-decision", "{\"withinRemit\":true}", "REMIT_DECIDED"},
      {"acknowledgement", "/acknowledgement", "", "COMPLAINT_ACKNOWLEDGED"},
      // The intake is for a patient lacking capacity: their representative's standing first.
      {
        "standing decision",
        "/standing-decision",
        "{\"accepted\":true,\"bestInterests\":true}",
        "REPRESENTATIVE_STANDING_DECIDED"
      },
      {
        "consent",
        "/consents",
        "{\"whose\":\"COMPLAINANT\",\"purpose\":\"PROCESS_CASE\",\"givenAs\":\"THE_PERSON\","
            + "\"method\":\"WRITTEN\",\"givenAt\":\""
            + givenAt
            + "\"}",
        "CONSENT_RECORDED"
      },
      {
        "consent",
        "/consents",
        "{\"whose\":\"PATIENT\",\"purpose\":\"SHARE_WITH_PROVIDER\",\"givenAs\":"
            + "\"REPRESENTATIVE\",\"giverName\":\"Mrs Attorney\",\"giverStanding\":\"Lasting"
            + " power of attorney for health and welfare\",\"method\":\"WRITTEN\",\"givenAt\":\""
            + givenAt
            + "\"}",
        "CONSENT_RECORDED"
      },
      {
        "consent",
        "/consents",
        "{\"whose\":\"COMPLAINANT\",\"purpose\":\"SHARE_IDENTITY_WITH_SUBJECT\",\"givenAs\":"
            + "\"THE_PERSON\",\"method\":\"WRITTEN\",\"givenAt\":\""
            + givenAt
            + "\"}",
        "CONSENT_RECORDED"
      },
      {
        "investigation plan",
        "/plan",
        "{\"issues\":[\"Delay\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}",
        "COMPLAINT_PLANNED"
      },
    };
    Map<String, Integer> done = new java.util.HashMap<>();
    for (String[] step : steps) {
      step(db, random, step[0], path + step[1], step[2], id);
      acknowledge(id, step[3], done.merge(step[3], 1, Integer::sum));
      if (step[1].equals("/acknowledgement")) {
        acknowledgeLetter(id);
      }
    }
    JsonObject file =
        step(
                db,
                random,
                "evidence",
                path + "/evidence",
                "{\"kind\":\"DOCUMENT\",\"summary\":\"Call log\",\"source\":\"Practice\","
                    + "\"receivedOn\":\""
                    + LocalDate.now(LONDON)
                    + "\"}",
                id)
            .json();
    List<JsonObject> evidence = file.getJsonArray("evidence").getValuesAs(JsonObject.class);
    String evidenceId = evidence.get(evidence.size() - 1).getString("id");
    acknowledged.add(
        new Acknowledged(
            "evidence " + evidenceId,
            "select count(*) from audit_event where case_id = ? and action = 'EVIDENCE_RECORDED'"
                + " and detail like ?",
            List.of(id, "%" + evidenceId)));
    byte[] pdf = SampleDocuments.pdf("Call log of " + name);
    Api.Answer upload =
        send(
            db,
            random,
            "document upload",
            id,
            "complaint",
            () ->
                HttpRequest.newBuilder(
                        base.resolve(path + "/evidence/" + evidenceId + "/documents?name=log.pdf"))
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    String location = upload.headers().firstValue("Location").orElseThrow();
    String documentId = location.substring(location.lastIndexOf('/') + 1);
    acknowledged.add(
        new Acknowledged(
            "document " + documentId,
            "select count(*) from case_document d where d.id = ? and exists (select 1 from"
                + " audit_event a where a.action = 'DOCUMENT_ATTACHED' and a.detail like ?)",
            List.of(documentId, "document " + documentId + " %")));
  }

  private void chcCase(Connection db, Random random) throws SQLException {
    String name = "Mx Crash " + runTag + " " + serial.incrementAndGet() + " Lee";
    String referral =
        "{\"individual\":{\"name\":\""
            + name
            + "\",\"nhsNumber\":\""
            + nhsNumber(random)
            + "\",\"dateOfBirth\":\"1941-05-03\",\"addressLines\":[\"Ward 7, Northvale General"
            + " Hospital\"],\"postcode\":\"LU4 0DZ\"},\"route\":\"CHECKLIST\",\"referredBy\":\"Sam"
            + " Okafor, Discharge Liaison Nurse\",\"livesIn\":\"HOSPITAL\"}";
    String id = intake(db, random, "CHC referral", "api/chc", referral, name, "chc_case");
    String path = "api/chc/" + id;
    step(
        db,
        random,
        "CHC consent",
        path + "/consents",
        "{\"purpose\":\"PROCESS_CASE\",\"givenAs\":\"THE_PERSON\",\"method\":\"VERBAL\","
            + "\"givenAt\":\""
            + Instant.now().minusSeconds(60)
            + "\"}",
        id);
    step(
        db,
        random,
        "CHC assessment decision",
        path + "/assessment-decision",
        "{\"assessmentAgreed\":true}",
        id);
    acknowledge(id, "CONSENT_RECORDED", 1);
    acknowledge(id, "CHC_ASSESSMENT_AGREED", 1);
  }

  private void ifrRequest(Connection db, Random random) throws SQLException {
    String name = "Mx Crash " + runTag + " " + serial.incrementAndGet() + " Lee";
    String number = nhsNumber(random);
    String request =
        "{\"patient\":{\"name\":\""
            + name
            + "\",\"nhsNumber\":\""
            + number
            + "\",\"dateOfBirth\":\"1961-07-03\",\"addressLines\":[\"14 Orchard Rise\"],"
            + "\"postcode\":\"LS9 4QT\"},\"clinician\":{\"name\":\"Dr Amir Patel\",\"role\":"
            + "\"Consultant rheumatologist\",\"organisation\":\"Stanton General Hospital\","
            + "\"addressLines\":[\"Rheumatology\"],\"postcode\":\"LS1 3EX\",\"email\":"
            + "\"amir.patel@example.nhs.uk\"},\"treatmentCode\":\"BIOLOGIC_OFF_LABEL\","
            + "\"condition\":\"Refractory arthritis.\",\"whyExceptional\":\"A rare antibody"
            + " profile.\",\"estimatedCost\":12500.00,\"urgent\":false,\"consentEvidence\":"
            + "\"Signed\",\"receivedOn\":\""
            + LocalDate.now(LONDON)
            + "\"}";
    intake(db, random, "IFR request", "api/ifr", request, name, "ifr_request");
  }

  // --- one use case, with its fault first when the seed says so --------------------------------

  private String intake(
      Connection db,
      Random random,
      String useCase,
      String path,
      Object body,
      String name,
      String table)
      throws SQLException {
    String json = body instanceof String text ? text : HostileRequests.json(body);
    Api.Answer answer = send(db, random, useCase, null, table + ":" + name, () -> post(path, json));
    String id = answer.json().getString("id");
    String intakeAction =
        switch (table) {
          case "complaint" -> "COMPLAINT_RECEIVED";
          case "chc_case" -> "CHC_REFERRED";
          default -> "IFR_LOGGED";
        };
    acknowledged.add(
        new Acknowledged(
            useCase + " " + id,
            "select count(*) from "
                + table
                + " c where c.id = ? and exists (select 1 from audit_event a where a.case_id ="
                + " c.id and a.action = '"
                + intakeAction
                + "')",
            List.of(id)));
    return id;
  }

  private Api.Answer step(
      Connection db, Random random, String useCase, String path, String json, String caseId)
      throws SQLException {
    String table =
        path.startsWith("api/chc")
            ? "chc_case"
            : path.startsWith("api/ifr") ? "ifr_request" : "complaint";
    return send(db, random, useCase, caseId, table, () -> post(path, json));
  }

  private HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  /**
   * Sends one use case's request; first faulted, when the seed says so. {@code caseId} is null for
   * an intake, whose {@code where} is then "table:name of the new person".
   */
  private Api.Answer send(
      Connection db,
      Random random,
      String useCase,
      String caseId,
      String where,
      Supplier<HttpRequest.Builder> request)
      throws SQLException {
    StaffSession session = sessionFor(useCase);
    // Each use case is faulted until one fault of it has run through, then one time in five.
    // (A fault cut off by a kill does not count: the next request of the use case is faulted.)
    if (!faultedOnce.contains(useCase) || random.nextInt(FAULT_ONE_IN) == 0) {
      String before = snapshot(db, caseId, where);
      Api.Answer faulted =
          exchange(
              session,
              request.get().header("X-Test-Fault", "before-commit"),
              useCase + " (faulted)");
      String after = snapshot(db, caseId, where);
      boolean unchanged = before.equals(after);
      if (faulted.status() != 500
          || !faulted.contentType().startsWith("application/problem+json")) {
        failures.add(useCase + " with a fault before commit answered " + faulted.status());
      }
      if (!unchanged) {
        failures.add(useCase + " faulted but stored: " + before + " -> " + after);
      }
      Api.Answer twin = expectSuccess(session, request.get(), useCase);
      boolean twinChanged = !before.equals(snapshot(db, caseId == null ? null : caseId, where));
      faults.add(new Fault(useCase, faulted.status(), unchanged, twinChanged));
      faultedOnce.add(useCase);
      return twin;
    }
    return expectSuccess(session, request.get(), useCase);
  }

  private StaffSession sessionFor(String useCase) {
    Map<String, StaffSession> now = sessions;
    if (useCase.startsWith("CHC")) {
      return now.get("chc-assessor");
    }
    return useCase.startsWith("IFR") ? now.get("ifr-coordinator") : now.get("complaints-handler");
  }

  private Api.Answer expectSuccess(StaffSession session, HttpRequest.Builder request, String what) {
    Api.Answer answer = exchange(session, request, what);
    if (answer.status() / 100 != 2) {
      failures.add(what + " answered " + answer.status() + ": " + abbreviate(answer.body()));
      // The case cannot go on; the client starts a new one.
      throw new CutOff(false);
    }
    return answer;
  }

  private Api.Answer exchange(StaffSession session, HttpRequest.Builder request, String what) {
    if (round <= 0) {
      throw new CutOff(true);
    }
    try {
      Api.Answer answer = session.send(request);
      answered.incrementAndGet();
      statuses.merge(what + " " + answer.status(), 1, Integer::sum);
      return answer;
    } catch (IllegalStateException noAnswer) {
      if (causedBy(noAnswer, ConnectException.class)) {
        refusedWhileDown.incrementAndGet();
      } else {
        cutOff.incrementAndGet();
      }
      throw new CutOff(true);
    }
  }

  /** The case's audit holds at least {@code times} entries of the step's action. */
  private void acknowledge(String caseId, String action, int times) {
    acknowledged.add(
        new Acknowledged(
            action + " " + caseId + " (" + times + ")",
            "select case when count(*) >= "
                + times
                + " then 1 else 0 end from audit_event where case_id = ? and action = '"
                + action
                + "'",
            List.of(caseId)));
  }

  private void acknowledgeLetter(String caseId) {
    acknowledged.add(
        new Acknowledged(
            "acknowledgement letter of " + caseId,
            "select count(*) from case_letter l where l.case_id = ? and exists (select 1 from"
                + " audit_event a where a.action = 'LETTER_ISSUED' and a.detail like 'letter '"
                + " || l.id || ':%')",
            List.of(caseId)));
  }

  /**
   * What a use case on the case could have written: its row, audit entries, letters, documents,
   * process history and open tasks. For an intake, the rows of the case table naming the person.
   */
  private String snapshot(Connection db, String caseId, String where) throws SQLException {
    if (caseId == null) {
      int colon = where.indexOf(':');
      String table = where.substring(0, colon);
      try (PreparedStatement sql =
          db.prepareStatement(
              "select count(*) from " + table + " t where cast(t as text) like ?")) {
        sql.setString(1, "%" + where.substring(colon + 1) + "%");
        return "named rows " + single(sql);
      }
    }
    waitForJobs(db, caseId);
    try (PreparedStatement sql =
        db.prepareStatement(
            "select (select md5(cast(t as text)) from "
                + where
                + " t where t.id = ?),"
                + " (select count(*) from audit_event where case_id = ?),"
                + " (select count(*) from case_letter where case_id = ?),"
                + " (select count(*) from case_document where case_id = ?),"
                + " (select count(*) from act_hi_actinst a join act_hi_procinst p"
                + " on a.proc_inst_id_ = p.id_ where p.business_key_ = ?),"
                + " (select string_agg(t.task_def_key_, ',' order by t.task_def_key_)"
                + " from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_"
                + " where e.business_key_ = ?)")) {
      for (int i = 1; i <= 6; i++) {
        sql.setString(i, caseId);
      }
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          parts.add(Objects.toString(row.getString(i)));
        }
        return String.join("|", parts);
      }
    }
  }

  /** Async steps of the case's process still to run would change it between two snapshots. */
  private static void waitForJobs(Connection db, String caseId) throws SQLException {
    for (int i = 0; i < 100; i++) {
      try (PreparedStatement sql =
          db.prepareStatement(
              "select count(*) from act_ru_job j join act_ru_execution e on j.process_instance_id_"
                  + " = e.id_ where e.business_key_ = ? and j.duedate_ is null")) {
        sql.setString(1, caseId);
        if (single(sql) == 0) {
          return;
        }
      }
      sleep(50);
    }
  }

  private static int single(PreparedStatement sql) throws SQLException {
    try (ResultSet rows = sql.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** A random NHS number with a valid check digit (modulus 11), so no two cases share one. */
  static String nhsNumber(Random random) {
    while (true) {
      int[] digits = new int[9];
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        digits[i] = i == 0 ? 4 + random.nextInt(5) : random.nextInt(10);
        sum += digits[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      StringBuilder number = new StringBuilder();
      for (int digit : digits) {
        number.append(digit);
      }
      return number.append(check == 11 ? 0 : check).toString();
    }
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The server died under a request, or is down: the client's case stops here. */
  static final class CutOff extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean serverGone;

    CutOff(boolean serverGone) {
      super(null, null, false, false);
      this.serverGone = serverGone;
    }
  }
}
