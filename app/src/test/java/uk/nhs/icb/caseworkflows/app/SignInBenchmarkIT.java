package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test of speed: it prints what sign-in costs on this machine and asserts only
 * that the calls succeeded. The task list read by 8 concurrent callers for 15 s each way (in five
 * rounds taking turns, after a warm-up of each): as a page with a session cookie, as the API with
 * that session, and as the API with HTTP Basic on every call (verified once, then answered from the
 * cache of verified credentials); then what a refusal costs for a name that exists and for one that
 * does not (each from a fresh loopback address, so the throttle never answers instead); then the
 * page again while 4 callers flood wrong passwords. Where the keycloak profile's Keycloak answers
 * (run with {@code -Pkeycloak}), a fourth way: the API with a bearer token from Keycloak's
 * client-credentials grant on every call (the signature checked against the cached key set each
 * time). Excluded from the normal run; run it alone with {@code -Dit.test=SignInBenchmarkIT}
 * (README, docs/performance.md). With {@code APP_SECURITY_SIGN_IN_VERIFIED_LIFETIME=PT0S} in the
 * environment (the server inherits it) the cache is off and the Basic row shows every call hashed.
 */
@ExtendWith(ArquillianExtension.class)
class SignInBenchmarkIT {

  private static final int CALLERS = 8;
  private static final long WARM_UP_MS = 5_000;
  private static final long MEASURED_MS = 15_000;
  private static final int ROUNDS = 5;
  private static final String USER = "complaints-handler";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("icb.war")));
  }

  @ArquillianResource private URL base;

  @Test
  void printsThroughputAndLatencyOfEachWayToSignIn() throws Exception {
    Api api = new Api(base);
    URI root = api.base();
    System.out.printf(
        Locale.ROOT,
        "Sign-in benchmark: %d callers, %d s each, %d processors%n",
        CALLERS,
        MEASURED_MS / 1000,
        Runtime.getRuntime().availableProcessors());

    // Each way's callers are made once (sessions signed in, clients opened), then the ways take
    // turns in short rounds, so that load from anything else on the machine falls on all alike.
    List<Scenario> ways =
        new ArrayList<>(
            List.of(
                new Scenario(
                    "page /tasks, session cookie",
                    caller -> {
                      StaffSession session = StaffSession.signIn(root, USER);
                      return () -> session.get("tasks").status();
                    }),
                new Scenario(
                    "API /api/tasks, session cookie",
                    caller -> {
                      StaffSession session = StaffSession.signIn(root, USER);
                      return () -> session.get("api/tasks").status();
                    }),
                new Scenario(
                    "API /api/tasks, HTTP Basic",
                    caller -> {
                      Api client = new Api(base);
                      return () -> client.get(USER, "api/tasks").status();
                    })));
    boolean keycloak = KeycloakTokens.reachable();
    if (keycloak) {
      ways.add(
          new Scenario(
              "API /api/tasks, bearer token (client credentials)",
              caller -> {
                String token =
                    KeycloakTokens.clientCredentials("svc-" + USER, "svc-test-only-secret");
                HttpClient client = Api.newClient();
                HttpRequest request =
                    HttpRequest.newBuilder(root.resolve("api/tasks"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build();
                return () ->
                    Api.exchange(client, request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
              }));
    } else {
      System.out.println(
          "No Keycloak at " + KeycloakTokens.REALM + ": no bearer-token row (run with -Pkeycloak)");
    }
    for (Scenario way : ways) {
      way.run(WARM_UP_MS);
      way.latencies.nanos.clear();
      way.counted = 0;
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (Scenario way : ways) {
        way.run(MEASURED_MS / ROUNDS);
      }
    }
    for (Scenario way : ways) {
      way.print();
    }
    Scenario page = ways.get(0);
    Scenario basic = ways.get(2);
    System.out.printf(
        Locale.ROOT,
        "API with Basic / page throughput: %.2f%n",
        basic.perSecond() / page.perSecond());
    if (keycloak) {
      System.out.printf(
          Locale.ROOT,
          "API with bearer token / page throughput: %.2f%n",
          ways.get(3).perSecond() / page.perSecond());
    }

    Latencies known = new Latencies();
    Latencies unknown = new Latencies();
    for (int i = 0; i < 30; i++) {
      int n = i;
      known.time(() -> FromAddress.get(root, "127.0.1." + (n + 1), USER, "wrong", "api/tasks"));
      unknown.time(
          () -> FromAddress.get(root, "127.0.2." + (n + 1), "nobody-" + n, "wrong", "api/tasks"));
    }
    known.print("refusal, known name, wrong password");
    unknown.print("refusal, unknown name");

    AtomicBoolean flooding = new AtomicBoolean(true);
    ExecutorService flood = Executors.newFixedThreadPool(4);
    for (int f = 0; f < 4; f++) {
      int floodNumber = f;
      flood.submit(
          () -> {
            for (int n = 0; flooding.get(); n++) {
              try {
                FromAddress.get(
                    root,
                    "127.0.3." + (floodNumber * 60 + n % 60 + 1),
                    "flood-" + floodNumber + "-" + n,
                    "wrong",
                    "api/tasks");
              } catch (RuntimeException busyOrClosed) {
                // The flood only has to keep the hashing threads busy.
              }
            }
          });
    }
    Scenario underFlood =
        new Scenario(
            "page /tasks while 4 callers flood wrong passwords",
            caller -> {
              StaffSession session = StaffSession.signIn(root, USER);
              return () -> session.get("tasks").status();
            });
    try {
      underFlood.run(MEASURED_MS);
      underFlood.print();
    } finally {
      flooding.set(false);
      flood.shutdown();
    }
    long errors = underFlood.errors;
    for (Scenario way : ways) {
      errors += way.errors;
    }
    assertThat(errors).isZero();
  }

  /** A caller's request: its HTTP status. */
  private interface Call {
    int send();
  }

  /** One way of reading the task list, with its callers and what was measured of it. */
  private static final class Scenario {
    final String what;
    final List<Call> calls = new ArrayList<>();
    final Latencies latencies = new Latencies();
    long measuredMs;
    long counted;
    long errors;

    Scenario(String what, IntFunction<Call> callerFactory) {
      this.what = what;
      for (int c = 0; c < CALLERS; c++) {
        calls.add(callerFactory.apply(c));
      }
    }

    /**
     * All callers at once for {@code millis}, each sending its next request as soon as answered.
     */
    void run(long millis) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(calls.size());
      try {
        long end = System.currentTimeMillis() + millis;
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (Call call : calls) {
          futures.add(
              pool.submit(
                  () -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.currentTimeMillis() < end) {
                      long t0 = System.nanoTime();
                      int status = call.send();
                      mine.add(System.nanoTime() - t0);
                      if (status != 200) {
                        synchronized (this) {
                          errors++;
                        }
                      }
                    }
                    return mine;
                  }));
        }
        for (Future<List<Long>> future : futures) {
          List<Long> mine = future.get();
          latencies.nanos.addAll(mine);
          counted += mine.size();
        }
        measuredMs += millis;
      } finally {
        pool.shutdownNow();
      }
    }

    double perSecond() {
      return counted / (measuredMs / 1000.0);
    }

    void print() {
      System.out.printf(
          Locale.ROOT,
          "%-52s %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  (%d requests, %d not 200)%n",
          what,
          perSecond(),
          latencies.percentile(50),
          latencies.percentile(95),
          counted,
          errors);
    }
  }

  private static final class Latencies {
    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void time(Supplier<FromAddress.Answer> call) {
      long t0 = System.nanoTime();
      FromAddress.Answer answer = call.get();
      nanos.add(System.nanoTime() - t0);
      assertThat(answer.status()).isEqualTo(401);
    }

    double percentile(int p) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, index)) / 1e6;
    }

    void print(String what) {
      System.out.printf(
          Locale.ROOT,
          "%-52s p50 %7.1f ms  p95 %7.1f ms  (%d requests)%n",
          what,
          percentile(50),
          percentile(95),
          nanos.size());
    }
  }
}
