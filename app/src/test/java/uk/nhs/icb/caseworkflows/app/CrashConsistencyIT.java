package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.application.DemoStaffAccounts;

/**
 * Pulls the plug again and again in the middle of mixed work. The packaged application (the
 * microbundle) runs on PostgreSQL in a database of this test's own, with the test-only fault point
 * switched on ({@code APP_TEST_FAULT_INJECTION=true}, development profile). {@value
 * #CLIENTS_DEFAULT} clients work complaints, CHC cases and IFR requests through real use cases
 * ({@link CrashWorkload}); at a moment drawn from the seed the server is killed with SIGKILL (no
 * shutdown hooks, no rollback but the database's own), then started again on the same database,
 * several times ({@code crash.kills}).
 *
 * <p>Evidence of work in flight at each kill: the requests that got no answer, and the server's
 * database transactions that had written and not committed at the instant before the kill (read
 * from {@code pg_stat_activity}), of which PostgreSQL afterwards reports every one it never saw
 * commit as aborted ({@code txid_status}).
 *
 * <p>After each restart: every change answered 2xx is there; no case lacks its process and no
 * process its case; no audit entry names a case, letter or document that does not exist and none of
 * those lacks its audit entry; the audit chain verifies. Every answer other than 2xx fails the
 * test, except the 500s of the requests the workload faulted on purpose (which must leave nothing).
 * Runs in the {@code crash} profile (see .ci/run).
 */
class CrashConsistencyIT {

  private static final String PG = System.getProperty("crash.db.host", "127.0.0.1:5432");
  private static final String DATABASE =
      System.getProperty("crash.db.name", "icb_crash_consistency");
  private static final String USER = System.getProperty("crash.db.user", "postgres");
  private static final String PASSWORD = System.getProperty("crash.db.password", "postgres");
  static final int CLIENTS_DEFAULT = 24;
  private static final int CLIENTS = Integer.getInteger("crash.clients", CLIENTS_DEFAULT);
  private static final int KILLS = Integer.getInteger("crash.kills", 3);
  private static final long SEED = Long.getLong("crash.seed", 20261206L);

  /** The connections of this test's own clients, told apart from the server's. */
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final String TEST_CONNECTION = "crash-test";

  private final Path work = Path.of("target", "crash");
  private Process server;

  @BeforeEach
  void freshDatabase() throws Exception {
    // The servers' logs are read for the faults they injected: no log of an earlier run may count.
    if (Files.exists(work)) {
      try (var old = Files.walk(work)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(work);
    try (Connection admin = connect("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    }
  }

  @AfterEach
  void dropDatabase() throws Exception {
    stop();
    try (Connection admin = connect("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }

  @Test
  void everyAcknowledgedChangeSurvivesRepeatedKill9sWholeAndNothingIsHalfWritten()
      throws Exception {
    int port = freePort();
    URI base = start(port, 0, "development");
    assertThat(versionAnsweringHttp2(base))
        .as("the bundle turns h2c off by itself (MICRO-INF/pre-boot-commands.txt)")
        .isEqualTo(HttpClient.Version.HTTP_1_1);

    Random moments = new Random(SEED);
    CrashWorkload workload =
        new CrashWorkload(
            base,
            jdbcUrl(DATABASE) + "?ApplicationName=" + TEST_CONNECTION,
            USER,
            PASSWORD,
            SEED,
            Long.toString(SEED, 36));
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(pool.submit(workload.client(c)));
    }
    List<Map<String, Object>> kills = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long started = System.nanoTime();
    try (Connection monitor =
        DriverManager.getConnection(
            jdbcUrl(DATABASE) + "?ApplicationName=" + TEST_CONNECTION, USER, PASSWORD)) {
      for (int kill = 1; kill <= KILLS; kill++) {
        workload.resume(kill);
        int cutBefore = workload.cutOff.get();
        int answeredBefore = workload.answered.get();
        // Seeded: after 20 to 59 answers (at most 90 s), and 0 to 999 ms more, the plug; counted
        // in answers rather than seconds so that a slow machine still kills during work.
        int answers = 20 + moments.nextInt(40);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (workload.answered.get() - answeredBefore < answers && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        Thread.sleep(moments.nextInt(1000));
        List<Long> open = writtenOpenTransactions(monitor);
        killNow();
        workload.pause();
        Map<String, Integer> fate = fateOf(monitor, open);
        Thread.sleep(1500); // the clients notice the dead connections
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("kill", kill);
        figures.put("answers-before-kill", workload.answered.get() - answeredBefore);
        figures.put("requests-cut-off", workload.cutOff.get() - cutBefore);
        figures.put("written-transactions-open", open.size());
        figures.put("of-which-aborted", fate.getOrDefault("aborted", 0));
        figures.put("of-which-committed-before-the-kill", fate.getOrDefault("committed", 0));
        kills.add(figures);

        start(port, kill, "development");
        Map<String, Object> checked = consistency(workload);
        problems.addAll(problemsIn(checked, kill));
        figures.putAll(checked);
        Api.Answer chain = new Api(base.toURL()).get("ig-officer", "api/audit/verify");
        boolean intact = chain.status() == 200 && chain.json().getBoolean("intact");
        figures.put("audit-chain-intact", intact);
        if (!intact) {
          problems.add("after kill " + kill + ": the audit chain: " + chain.body());
        }
      }
      workload.resume(KILLS + 1);
      Thread.sleep(3000);
    } finally {
      workload.stop();
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    }
    for (Future<?> client : clients) {
      client.get();
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    Map<String, Object> last = consistency(workload);
    problems.addAll(problemsIn(last, 0));
    Api api = new Api(base.toURL());
    Api.Answer chain = api.get("ig-officer", "api/audit/verify");
    List<String> faultLines = faultLog();
    Map<String, Long> faultedUseCases = new TreeMap<>();
    workload.faults.forEach(f -> faultedUseCases.merge(f.useCase(), 1L, Long::sum));

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("seed", SEED);
    figures.put("clients", CLIENTS);
    figures.put("kills", KILLS);
    figures.put("seconds", seconds);
    figures.put("answers", workload.answered.get());
    figures.put("answers-by-use-case-and-status", workload.statuses.toString());
    figures.put("acknowledged-changes-checked", workload.acknowledged.size());
    figures.put("requests-cut-off", workload.cutOff.get());
    figures.put("requests-refused-while-down", workload.refusedWhileDown.get());
    figures.put("faulted-requests", workload.faults.size());
    figures.put("faulted-by-use-case", faultedUseCases.toString());
    figures.put("faulted-server-side", faultLines.size());
    figures.put("faulted-server-side-use-cases", faultUseCases(faultLines).toString());
    figures.put("unexpected-answers", workload.failures.size());
    last.forEach((key, value) -> figures.put("final-" + key, value));
    for (Map<String, Object> kill : kills) {
      kill.forEach((key, value) -> figures.put("kill-" + kill.get("kill") + "-" + key, value));
    }
    ReliabilityIT.Figures.write("crash-consistency", figures);

    assertThat(workload.failures)
        .as(
            "answers other than 2xx (only a faulted request may be refused: 500), and faulted"
                + " requests that stored something")
        .isEmpty();
    assertThat(problems).as("lost, orphaned or unaudited changes after a restart").isEmpty();
    assertThat(chain.json().getBoolean("intact")).as(chain.body()).isTrue();
    for (Map<String, Object> kill : kills) {
      assertThat((int) kill.get("requests-cut-off"))
          .as("requests in flight (no answer) at kill " + kill.get("kill"))
          .isPositive();
    }
    long killsMidTransaction =
        kills.stream().filter(kill -> (int) kill.get("of-which-aborted") > 0).count();
    assertThat(killsMidTransaction)
        .as("kills that fell while a transaction had written and not committed: " + kills)
        .isGreaterThanOrEqualTo((KILLS * 2 + 2) / 3);
    assertThat(faultedUseCases.keySet())
        .as("every use case of the workload was faulted at least once")
        .containsExactlyInAnyOrder(
            "complaint intake",
            "remit decision",
            "acknowledgement",
            "standing decision",
            "consent",
            "investigation plan",
            "evidence",
            "document upload",
            "CHC referral",
            "CHC consent",
            "CHC assessment decision",
            "IFR request");
    assertThat(workload.faults)
        .as("faulted requests: 500, nothing stored, and their twin without the fault stored")
        .allSatisfy(
            fault -> {
              assertThat(fault.status()).isEqualTo(500);
              assertThat(fault.unchanged()).isTrue();
              assertThat(fault.twinChanged()).isTrue();
            });
    assertThat(faultLines)
        .as("every fault fell on a transaction that had written (server log)")
        .hasSizeGreaterThanOrEqualTo(workload.faults.size())
        .allSatisfy(line -> assertThat(line).endsWith("wrote=yes"));

    Api.Answer afterwards =
        api.post(
            "complaints-handler",
            "api/complaints",
            HostileRequests.json(
                HostileRequests.intake(
                    "Mx After The Crash", LocalDate.now(LONDON).minusMonths(1))));
    assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);

    // The same database started for production: the demo accounts the development starts made,
    // with their known password, are gone, and nobody can sign in with them.
    stop();
    start(port, KILLS + 1, "production");
    List<String> demoSignIns = new ArrayList<>();
    for (String demoUser : DemoStaffAccounts.ROLE_OF.keySet()) {
      int status = api.get(demoUser, "api/tasks").status();
      if (status != 401) {
        demoSignIns.add(demoUser + ": " + status);
      }
    }
    int demoAccounts;
    try (Connection db = connect(DATABASE);
        Statement sql = db.createStatement();
        java.sql.ResultSet rows = sql.executeQuery("select count(*) from staff_account")) {
      rows.next();
      demoAccounts = rows.getInt(1);
    }
    ReliabilityIT.Figures.write(
        "production-profile",
        Map.of("demo-sign-ins-accepted", demoSignIns.size(), "staff-accounts-left", demoAccounts));
    assertThat(demoSignIns).as("demo users signing in under the production profile").isEmpty();
    assertThat(demoAccounts).as("staff accounts left after a production start").isZero();
  }

  // --- in flight at the kill --------------------------------------------------------------------

  /**
   * The full ids of the server's transactions that have written and not committed: PostgreSQL gives
   * a transaction an id at its first write. The epoch is taken from the current snapshot.
   */
  private static List<Long> writtenOpenTransactions(Connection monitor) throws SQLException {
    List<Long> open = new ArrayList<>();
    try (PreparedStatement sql =
        monitor.prepareStatement(
            "select cast(cast(backend_xid as text) as bigint),"
                + " txid_snapshot_xmax(txid_current_snapshot()) >> 32"
                + " from pg_stat_activity where datname = ? and backend_xid is not null"
                + " and pid <> pg_backend_pid() and application_name <> ?")) {
      sql.setString(1, DATABASE);
      sql.setString(2, TEST_CONNECTION);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          open.add((rows.getLong(2) << 32) | rows.getLong(1));
        }
      }
    }
    return open;
  }

  /** What became of those transactions, once PostgreSQL has seen the server's connections die. */
  private static Map<String, Integer> fateOf(Connection monitor, List<Long> transactions)
      throws Exception {
    Map<String, Integer> fate = new TreeMap<>();
    for (int tries = 0; tries < 100; tries++) {
      fate.clear();
      try (PreparedStatement sql = monitor.prepareStatement("select txid_status(?)")) {
        for (long id : transactions) {
          sql.setLong(1, id);
          try (ResultSet row = sql.executeQuery()) {
            row.next();
            fate.merge(String.valueOf(row.getString(1)), 1, Integer::sum);
          }
        }
      }
      if (!fate.containsKey("in progress")) {
        return fate;
      }
      Thread.sleep(100);
    }
    return fate;
  }

  // --- after a restart --------------------------------------------------------------------------

  private static final String[][] CASE_TABLES = {
    {"complaint", "complaint", "'COMPLAINT_RECEIVED', 'COMPLAINT_RESOLVED_ORALLY'"},
    {"chc_case", "chc", "'CHC_REFERRED'"},
    {"ifr_request", "ifr", "'IFR_LOGGED', 'IFR_RETURNED'"},
  };

  /** The database after a restart: each figure is a count that must be 0 unless said. */
  private Map<String, Object> consistency(CrashWorkload workload) throws SQLException {
    Map<String, Object> figures = new LinkedHashMap<>();
    try (Connection db = connect(DATABASE)) {
      List<CrashWorkload.Acknowledged> acknowledged;
      synchronized (workload.acknowledged) {
        acknowledged = new ArrayList<>(workload.acknowledged);
      }
      List<String> lost = new ArrayList<>();
      for (CrashWorkload.Acknowledged change : acknowledged) {
        try (PreparedStatement sql = db.prepareStatement(change.sql())) {
          for (int i = 0; i < change.parameters().size(); i++) {
            sql.setString(i + 1, change.parameters().get(i));
          }
          if (count(sql) == 0) {
            lost.add(change.what());
          }
        }
      }
      figures.put("acknowledged-checked", acknowledged.size());
      figures.put("lost", lost);
      List<String> withoutProcess = new ArrayList<>();
      List<String> processWithoutCase = new ArrayList<>();
      List<String> auditWithoutCase = new ArrayList<>();
      List<String> caseWithoutAudit = new ArrayList<>();
      int cases = 0;
      for (String[] table : CASE_TABLES) {
        cases += count(db.prepareStatement("select count(*) from " + table[0]));
        withoutProcess.addAll(
            ids(
                db,
                "select c.id from "
                    + table[0]
                    + " c where not exists (select 1 from act_hi_procinst p where p.business_key_"
                    + " = c.id and p.proc_def_key_ = '"
                    + table[1]
                    + "')"
                    + (table[0].equals("complaint")
                        ? " and coalesce(c.closure_reason, '') <> 'RESOLVED_ORALLY'"
                        : "")));
        processWithoutCase.addAll(
            ids(
                db,
                "select p.business_key_ from act_hi_procinst p where p.proc_def_key_ = '"
                    + table[1]
                    + "' and not exists (select 1 from "
                    + table[0]
                    + " c where c.id = p.business_key_)"
                    + " union all select p.business_key_ from act_hi_procinst p where"
                    + " p.proc_def_key_ = '"
                    + table[1]
                    + "' group by p.business_key_ having count(*) > 1"
                    + " union all select e.business_key_ from act_ru_execution e join"
                    + " act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = '"
                    + table[1]
                    + "' and e.parent_id_ is null and not exists (select 1 from "
                    + table[0]
                    + " c where c.id = e.business_key_)"));
        auditWithoutCase.addAll(
            ids(
                db,
                "select a.action || ' ' || a.case_id from audit_event a where a.case_type = '"
                    + table[1]
                    + "' and a.kind = 'CHANGE' and a.case_id is not null and not exists (select 1"
                    + " from "
                    + table[0]
                    + " c where c.id = a.case_id)"));
        caseWithoutAudit.addAll(
            ids(
                db,
                "select c.id from "
                    + table[0]
                    + " c where (select count(*) from audit_event a where a.case_id = c.id and"
                    + " a.action in ("
                    + table[2]
                    + ")) <> 1"));
      }
      auditWithoutCase.addAll(
          ids(
              db,
              "select a.detail from audit_event a where a.action = 'LETTER_ISSUED' and not exists"
                  + " (select 1 from case_letter l where l.id = substring(a.detail from"
                  + " '^letter ([^:]+):'))"));
      auditWithoutCase.addAll(
          ids(
              db,
              "select a.detail from audit_event a where a.action = 'DOCUMENT_ATTACHED' and not"
                  + " exists (select 1 from case_document d where d.id = substring(a.detail from"
                  + " '^document ([^ ]+) '))"));
      caseWithoutAudit.addAll(
          ids(
              db,
              "select 'letter ' || l.id from case_letter l where (select count(*) from audit_event"
                  + " a where a.action = 'LETTER_ISSUED' and substring(a.detail from"
                  + " '^letter ([^:]+):') = l.id) <> 1"));
      caseWithoutAudit.addAll(
          ids(
              db,
              "select 'document ' || d.id from case_document d where (select count(*) from"
                  + " audit_event a where a.action = 'DOCUMENT_ATTACHED' and substring(a.detail"
                  + " from '^document ([^ ]+) ') = d.id) <> 1"));
      // A closing use case starts the record's retention in its own transaction: both or neither.
      List<String> closedWithoutRetention =
          ids(
              db,
              "select c.id from complaint c where c.status = 'CLOSED' and not exists (select 1"
                  + " from retained_record r where r.record_type = 'complaint' and r.record_id ="
                  + " c.id) union select c.id from complaint c where c.status = 'CLOSED' and not"
                  + " exists (select 1 from act_ru_execution e where e.business_key_ ="
                  + " 'complaint/' || c.id)");
      figures.put("cases-stored", cases);
      figures.put("closed-without-retention", closedWithoutRetention);
      figures.put("letters-stored", count(db.prepareStatement("select count(*) from case_letter")));
      figures.put(
          "documents-stored", count(db.prepareStatement("select count(*) from case_document")));
      figures.put("audit-entries", count(db.prepareStatement("select count(*) from audit_event")));
      figures.put("case-without-process", withoutProcess);
      figures.put("process-without-case", processWithoutCase);
      figures.put("audit-without-its-change", auditWithoutCase);
      figures.put("change-without-its-audit", caseWithoutAudit);
    }
    return figures;
  }

  private static List<String> problemsIn(Map<String, Object> figures, int kill) {
    List<String> problems = new ArrayList<>();
    for (String key :
        List.of(
            "lost",
            "case-without-process",
            "process-without-case",
            "audit-without-its-change",
            "change-without-its-audit",
            "closed-without-retention")) {
      List<?> found = (List<?>) figures.get(key);
      if (!found.isEmpty()) {
        problems.add((kill == 0 ? "at the end" : "after kill " + kill) + ": " + key + ": " + found);
      }
      figures.put(key, found.size());
    }
    return problems;
  }

  // --- the server's own account of the faults ---------------------------------------------------

  private List<String> faultLog() throws IOException {
    List<String> lines = new ArrayList<>();
    try (var logs = Files.list(work)) {
      for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("server-")).toList()) {
        for (String line : Files.readAllLines(log)) {
          int mark = line.indexOf("FAULT-INJECTED-BEFORE-COMMIT");
          if (mark >= 0) {
            lines.add(line.substring(mark).replaceAll("[|\\]]+$", "").trim());
          }
        }
      }
    }
    return lines;
  }

  private static Map<String, Long> faultUseCases(List<String> lines) {
    Map<String, Long> useCases = new TreeMap<>();
    for (String line : lines) {
      String[] words = line.split(" ");
      useCases.merge(words.length > 1 ? words[1] : line, 1L, Long::sum);
    }
    return useCases;
  }

  // -----------------------------------------------------------------------------------------------

  private URI start(int port, int run, String profile) throws Exception {
    File bundle =
        new File(System.getProperty("icb.bundle", "target/icb-case-workflows-microbundle.jar"));
    assertThat(bundle).as("the packaged application").exists();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-jar",
            bundle.getAbsolutePath(),
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--maxhttpthreads",
            "24",
            "--rootdir",
            work.resolve("root-" + run).toAbsolutePath().toString(),
            // No --prebootcommandfile: the bundle carries its pre-boot commands (h2c off) itself.
            "--logtofile",
            work.resolve("server-" + run + ".log").toAbsolutePath().toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("console-" + run + ".txt").toFile());
    builder.environment().put("APP_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
    builder.environment().put("APP_DB_URL", "jdbc:postgresql://" + PG + "/" + DATABASE);
    builder.environment().put("APP_DB_USER", USER);
    builder.environment().put("APP_DB_PASSWORD", PASSWORD);
    builder.environment().put("APP_PROFILE", profile);
    // The test-only fault point (common/persistence/FaultBeforeCommit); ignored in production.
    builder.environment().put("APP_TEST_FAULT_INJECTION", "true");
    server = builder.start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    Api probe = new Api(new URL(base.toString()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      assertThat(server.isAlive()).as("server " + run + " is running (see " + work + ")").isTrue();
      try {
        if (probe.getAbsolute(base.resolve("/health/ready")).status() == 200) {
          return base;
        }
      } catch (IllegalStateException notYet) {
        // Not listening yet.
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("server " + run + " not ready within 300 s");
  }

  /** The HTTP version the server answers a client offering HTTP/2 over plain HTTP (h2c) with. */
  private static HttpClient.Version versionAnsweringHttp2(URI base)
      throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .build()
        .send(
            HttpRequest.newBuilder(base.resolve("login")).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .version();
  }

  /** SIGKILL: Process.destroyForcibly is kill -9 on Linux. */
  private void killNow() throws InterruptedException {
    server.destroyForcibly();
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server died").isTrue();
  }

  private void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static String jdbcUrl(String database) {
    return "jdbc:postgresql://" + PG + "/" + database;
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
  }

  private static int count(PreparedStatement sql) throws SQLException {
    try (sql;
        ResultSet rows = sql.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static List<String> ids(Connection db, String query) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement sql = db.prepareStatement(query);
        ResultSet rows = sql.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
