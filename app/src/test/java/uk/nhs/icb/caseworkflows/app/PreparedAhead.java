package uk.nhs.icb.caseworkflows.app;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A workflow's cases made ready for every allowed role of a row at once, on a few threads: the
 * first call for a row prepares the fresh case of each of its allowed roles side by side, and the
 * later calls take theirs. Each case is still its own, so one role's call cannot change another's;
 * only the waiting is shared (a case takes a dozen steps to prepare, each a round trip).
 */
final class PreparedAhead implements RealCases, AutoCloseable {

  private final RealCases workflow;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, CompletableFuture<Ready>> ready = new ConcurrentHashMap<>();

  PreparedAhead(RealCases workflow) {
    this.workflow = workflow;
  }

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    return workflow.covers(entry);
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    if (!ready.containsKey(key(entry, role))) {
      entry
          .allowed()
          .forEach(
              (allowed, yes) -> {
                if (yes) {
                  ready.put(
                      key(entry, allowed),
                      CompletableFuture.supplyAsync(
                          () -> workflow.prepare(entry, allowed, sessions), threads));
                }
              });
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

  private static String key(AuthorisationMatrix.Entry entry, String role) {
    return entry.endpoint() + " " + role;
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
