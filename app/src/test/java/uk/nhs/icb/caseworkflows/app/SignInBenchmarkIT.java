package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
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
 * that the calls succeeded. The task list read by 8 concurrent callers for 10 s each way: as a page
 * with a session cookie, as the API with that session, and as the API with HTTP Basic on every call
 * (verified once, then answered from the cache of verified credentials); then what a refusal costs
 * for a name that exists and for one that does not (each from a fresh loopback address, so the
 * throttle never answers instead); then the page again while 4 callers flood wrong passwords.
 * Excluded from the normal run; run it alone with {@code -Dit.test=SignInBenchmarkIT} (README,
 * docs/performance.md). With {@code APP_SECURITY_SIGN_IN_VERIFIED_LIFETIME=PT0S} in the environment
 * (the server inherits it) the cache is off and the Basic row shows every call hashed.
 */
@ExtendWith(ArquillianExtension.class)
class SignInBenchmarkIT {

  private static final int CALLERS = 8;
  private static final long WARM_UP_MS = 3_000;
  private static final long MEASURED_MS = 10_000;
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

    // The server's JIT warms up on every path first, so the first path measured is not penalised.
    for (String path : List.of("tasks", "api/tasks")) {
      load(
          "(warm-up) " + path,
          CALLERS,
          caller -> {
            StaffSession session = StaffSession.signIn(root, USER);
            Api client = new Api(base);
            return () ->
                path.startsWith("api")
                    ? client.get(USER, path).status()
                    : session.get(path).status();
          });
    }
    Result page =
        load(
            "page /tasks, session cookie",
            CALLERS,
            caller -> {
              StaffSession session = StaffSession.signIn(root, USER);
              return () -> session.get("tasks").status();
            });
    Result apiSession =
        load(
            "API /api/tasks, session cookie",
            CALLERS,
            caller -> {
              StaffSession session = StaffSession.signIn(root, USER);
              return () -> session.get("api/tasks").status();
            });
    Result basic =
        load(
            "API /api/tasks, HTTP Basic (cached)",
            CALLERS,
            caller -> {
              Api client = new Api(base);
              return () -> client.get(USER, "api/tasks").status();
            });
    System.out.printf(
        Locale.ROOT, "API with Basic / page throughput: %.2f%n", basic.perSecond / page.perSecond);

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
    try {
      load(
          "page /tasks while 4 callers flood wrong passwords",
          CALLERS,
          caller -> {
            StaffSession session = StaffSession.signIn(root, USER);
            return () -> session.get("tasks").status();
          });
    } finally {
      flooding.set(false);
      flood.shutdown();
    }
    assertThat(page.errors + apiSession.errors + basic.errors).isZero();
  }

  /** A caller's request: its HTTP status. */
  private interface Call {
    int send();
  }

  private record Result(double perSecond, long errors) {}

  private static Result load(String what, int callers, IntFunction<Call> callerFactory)
      throws Exception {
    List<Call> calls = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      calls.add(callerFactory.apply(c));
    }
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      long start = System.currentTimeMillis();
      long measureFrom = start + WARM_UP_MS;
      long end = measureFrom + MEASURED_MS;
      List<Future<List<Long>>> futures = new ArrayList<>();
      long[] errors = new long[1];
      for (Call call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  List<Long> mine = new ArrayList<>();
                  for (long now = System.currentTimeMillis();
                      now < end;
                      now = System.currentTimeMillis()) {
                    long t0 = System.nanoTime();
                    int status = call.send();
                    long took = System.nanoTime() - t0;
                    if (status != 200) {
                      synchronized (errors) {
                        errors[0]++;
                      }
                    }
                    if (now >= measureFrom) {
                      mine.add(took);
                    }
                  }
                  return mine;
                }));
      }
      Latencies all = new Latencies();
      for (Future<List<Long>> future : futures) {
        all.nanos.addAll(future.get());
      }
      double perSecond = all.nanos.size() / (MEASURED_MS / 1000.0);
      System.out.printf(
          Locale.ROOT,
          "%-52s %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  (%d requests, %d not 200)%n",
          what,
          perSecond,
          all.percentile(50),
          all.percentile(95),
          all.nanos.size(),
          errors[0]);
      return new Result(perSecond, errors[0]);
    } finally {
      pool.shutdownNow();
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
