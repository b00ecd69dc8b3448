package uk.nhs.icb.caseworkflows.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A workflow's cases made ready ahead, on a few threads: the first call starts the preparation of
 * every row the run will call (in the matrix's order) for each of its allowed roles, and each call
 * then takes its own. Each case is still its own, so one role's call cannot change another's; only
 * the waiting is shared (a case takes a dozen steps to prepare, each a round trip), and the
 * matrix's calls run while later rows' cases are being prepared.
 */
final class PreparedAhead implements RealCases, AutoCloseable {

  private final RealCases workflow;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, CompletableFuture<Ready>> ready = new ConcurrentHashMap<>();
  private boolean started;

  private final List<AuthorisationMatrix.Entry> rows;

  /** {@code workflow}'s rows of {@code matrix} that {@code run} selects will be called. */
  PreparedAhead(
      RealCases workflow,
      AuthorisationMatrix matrix,
      java.util.function.Predicate<AuthorisationMatrix.Entry> run) {
    this.workflow = workflow;
    this.rows = matrix.entries().stream().filter(run).filter(workflow::covers).toList();
  }

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    return workflow.covers(entry);
  }

  @Override
  public boolean preparesAgain(AuthorisationMatrix.Entry entry) {
    return workflow.preparesAgain(entry);
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    if (!started) {
      started = true;
      rows.forEach(row -> startAll(row, sessions));
    }
    if (!ready.containsKey(key(entry, role))) {
      startAll(entry, sessions);
    }
    try {
      return ready.remove(key(entry, role)).join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed.getCause() instanceof Error error) {
        throw error;
      }
      throw failed;
    }
  }

  private void startAll(AuthorisationMatrix.Entry entry, Function<String, StaffSession> sessions) {
    entry
        .allowed()
        .forEach(
            (role, allowed) -> {
              if (allowed) {
                ready.put(
                    key(entry, role),
                    CompletableFuture.supplyAsync(
                        () -> workflow.prepare(entry, role, sessions), threads));
              }
            });
  }

  private static String key(AuthorisationMatrix.Entry entry, String role) {
    return entry.endpoint() + " " + role;
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
