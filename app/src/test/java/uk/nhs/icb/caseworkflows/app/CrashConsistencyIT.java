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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.application.DemoStaffAccounts;

/**
 * Pulls the plug in the middle of a rush of intakes. The packaged application (the microbundle)
 * runs on PostgreSQL in a database of this test's own; 1,000 intakes are sent from 16 threads; when
 * about a third have been answered the server is killed with SIGKILL (no shutdown hooks, no
 * rollback but the database's own); then it is started again on the same database. Every intake
 * answered 201 must be there with exactly one process instance and its audit entry; no complaint
 * may lack its process and no process its complaint; the audit chain must verify. Intakes that were
 * cut off may or may not have been stored (the client cannot know), but each one stored is whole.
 * Runs in the {@code crash} profile (see .ci/run).
 */
class CrashConsistencyIT {

  private static final String PG = System.getProperty("crash.db.host", "127.0.0.1:5432");
  private static final String DATABASE =
      System.getProperty("crash.db.name", "icb_crash_consistency");
  private static final String USER = System.getProperty("crash.db.user", "postgres");
  private static final String PASSWORD = System.getProperty("crash.db.password", "postgres");
  private static final int INTAKES = Integer.getInteger("crash.intakes", 1000);
  private static final int THREADS = 16;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Path work = Path.of("target", "crash");
  private Process server;

  @BeforeEach
  void freshDatabase() throws Exception {
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
  void everyIntakeAnswered201SurvivesAKill9WholeAndNothingIsHalfWritten() throws Exception {
    int port = freePort();
    URI base = start(port, 1, "development");
    assertThat(versionAnsweringHttp2(base))
        .as("the bundle turns h2c off by itself (MICRO-INF/pre-boot-commands.txt)")
        .isEqualTo(HttpClient.Version.HTTP_1_1);
    StaffSession[] handlers = new StaffSession[4];
    for (int i = 0; i < handlers.length; i++) {
      handlers[i] = StaffSession.signIn(base, "complaints-handler");
    }

    Map<String, String> created = new ConcurrentHashMap<>();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger unanswered = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    int killAfter = INTAKES / 3;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> sends = new ArrayList<>();
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      StaffSession handler = handlers[t % handlers.length];
      sends.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < INTAKES; i = next.getAndIncrement()) {
                  String name = "Mx Crash " + i;
                  try {
                    Api.Answer answer =
                        handler.post(
                            "api/complaints",
                            HostileRequests.json(
                                HostileRequests.intake(
                                    name, LocalDate.now(LONDON).minusMonths(1))));
                    if (answer.status() == 201) {
                      created.put(answer.json().getString("id"), name);
                    } else {
                      refused.incrementAndGet();
                    }
                    if (answered.incrementAndGet() == killAfter) {
                      kill();
                    }
                  } catch (IllegalStateException connectionLost) {
                    unanswered.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> send : sends) {
      send.get();
    }
    pool.shutdown();
    long sendSeconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertThat(server.isAlive()).as("the server was killed mid-run").isFalse();
    assertThat(created).as("intakes answered 201 before the kill").isNotEmpty();
    assertThat(unanswered.get()).as("intakes cut off by the kill").isPositive();

    URI restarted = start(port, 2, "development");
    Api api = new Api(restarted.toURL());

    Set<String> complaints = new HashSet<>();
    Map<String, Integer> processesPerCase = new HashMap<>();
    Set<String> running = new HashSet<>();
    Map<String, Integer> auditsPerCase = new HashMap<>();
    Set<String> resolvedOrally = new HashSet<>();
    Set<String> closedWithoutRetention = new HashSet<>();
    try (Connection db = connect(DATABASE);
        Statement sql = db.createStatement()) {
      collect(sql, "select id from complaint", complaints);
      collect(
          sql, "select id from complaint where closure_reason = 'RESOLVED_ORALLY'", resolvedOrally);
      count(
          sql,
          "select business_key_, count(*) from act_hi_procinst where proc_def_key_ = 'complaint'"
              + " group by business_key_",
          processesPerCase);
      collect(
          sql,
          // The complaint's own process; a closed complaint's retention process has its own key.
          "select distinct e.business_key_ from act_ru_execution e"
              + " join act_re_procdef d on d.id_ = e.proc_def_id_"
              + " where e.business_key_ is not null and d.key_ = 'complaint'",
          running);
      collect(
          sql,
          "select c.id from complaint c where c.status = 'CLOSED' and not exists (select 1 from"
              + " retained_record r where r.record_type = 'complaint' and r.record_id = c.id)"
              + " union select c.id from complaint c where c.status = 'CLOSED' and not exists"
              + " (select 1 from act_ru_execution e where e.business_key_ = 'complaint/' || c.id)",
          closedWithoutRetention);
      count(
          sql,
          "select case_id, count(*) from audit_event where action = 'COMPLAINT_RECEIVED'"
              + " group by case_id",
          auditsPerCase);
    }

    List<String> lost = new ArrayList<>();
    List<String> wrongProcesses = new ArrayList<>();
    List<String> wrongAudit = new ArrayList<>();
    for (String id : created.keySet()) {
      if (!complaints.contains(id)) {
        lost.add(id);
      }
      if (processesPerCase.getOrDefault(id, 0) != 1) {
        wrongProcesses.add(id + " has " + processesPerCase.getOrDefault(id, 0) + " processes");
      }
      if (auditsPerCase.getOrDefault(id, 0) != 1) {
        wrongAudit.add(id + " has " + auditsPerCase.getOrDefault(id, 0) + " audit entries");
      }
    }
    List<String> caseWithoutProcess = new ArrayList<>();
    for (String id : complaints) {
      if (!resolvedOrally.contains(id) && !processesPerCase.containsKey(id)) {
        caseWithoutProcess.add(id);
      }
      if (!resolvedOrally.contains(id) && auditsPerCase.getOrDefault(id, 0) != 1) {
        wrongAudit.add(
            id + " (stored) has " + auditsPerCase.getOrDefault(id, 0) + " audit entries");
      }
    }
    List<String> processWithoutCase = new ArrayList<>();
    for (String key : processesPerCase.keySet()) {
      if (!complaints.contains(key)) {
        processWithoutCase.add(key);
      }
    }
    for (String key : running) {
      if (!complaints.contains(key)) {
        processWithoutCase.add(key + " (running)");
      }
    }
    int storedButUnanswered =
        (int) complaints.stream().filter(id -> !created.containsKey(id)).count();

    Api.Answer chain = api.get("ig-officer", "api/audit/verify");
    Api.Answer afterwards =
        api.post(
            "complaints-handler",
            "api/complaints",
            HostileRequests.json(
                HostileRequests.intake(
                    "Mx After The Crash", LocalDate.now(LONDON).minusMonths(1))));

    ReliabilityIT.Figures.write(
        "crash-consistency",
        Map.ofEntries(
            Map.entry("intakes-planned", INTAKES),
            Map.entry("threads", THREADS),
            Map.entry("killed-after-answers", killAfter),
            Map.entry("answered-201", created.size()),
            Map.entry("refused", refused.get()),
            Map.entry("cut-off", unanswered.get()),
            Map.entry("complaints-stored", complaints.size()),
            Map.entry("stored-without-an-answer-incl-samples", storedButUnanswered),
            Map.entry("lost", lost.size()),
            Map.entry("case-without-process", caseWithoutProcess.size()),
            Map.entry("process-without-case", processWithoutCase.size()),
            Map.entry("closed-without-retention", closedWithoutRetention.size()),
            Map.entry("wrong-process-count", wrongProcesses.size()),
            Map.entry("wrong-audit-count", wrongAudit.size()),
            Map.entry("audit-chain-intact", chain.body().contains("\"intact\":true")),
            Map.entry("crashes-survived", 1),
            Map.entry("send-seconds", sendSeconds)));

    assertThat(lost).as("intakes answered 201 but not stored").isEmpty();
    assertThat(wrongProcesses).as("answered intakes without exactly one process").isEmpty();
    assertThat(wrongAudit).as("complaints without exactly one intake audit entry").isEmpty();
    assertThat(caseWithoutProcess).as("complaints without a process").isEmpty();
    assertThat(processWithoutCase).as("processes without a complaint").isEmpty();
    assertThat(closedWithoutRetention)
        .as("closed complaints without their retention record and process")
        .isEmpty();
    assertThat(chain.status()).isEqualTo(200);
    assertThat(chain.json().getBoolean("intact")).as(chain.body()).isTrue();
    assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);

    // The same database started for production: the demo accounts the development starts made,
    // with their known password, are gone, and nobody can sign in with them.
    stop();
    start(port, 3, "production");
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

  private synchronized void kill() {
    if (server != null && server.isAlive()) {
      // Process.destroyForcibly is SIGKILL on Linux: kill -9.
      server.destroyForcibly();
      try {
        server.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + PG + "/" + database, USER, PASSWORD);
  }

  private static void collect(Statement sql, String query, Set<String> into) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        into.add(rows.getString(1));
      }
    }
  }

  private static void count(Statement sql, String query, Map<String, Integer> into)
      throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        into.put(rows.getString(1), rows.getInt(2));
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
