package uk.nhs.icb.caseworkflows.common.audit.bench;

import java.time.Instant;
import java.util.Locale;
import java.util.function.LongSupplier;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditChainHead;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditSeal;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainWalk;

/**
 * What the audit key's MAC adds to every append and to a verification, on the CPU: events made and
 * hashed as before; the same events also sealed; and a walk checking hashes and MACs. The best of
 * several rounds is printed, as the machine is shared. The database's part of an append (the head's
 * row lock, two writes, the commit) is not in it. Run from {@code common}: {@code mvn -o -q
 * test-compile}, then {@code java -cp target/classes:target/test-classes
 * uk.nhs.icb.caseworkflows.common.audit.bench.AuditSealBenchmark}.
 */
public final class AuditSealBenchmark {

  private static final int EVENTS = 20_000;
  private static final int ROUNDS = 15;
  private static final AuditSeal SEAL =
      new AuditSeal("a benchmark key of at least thirty-two bytes".getBytes());

  private AuditSealBenchmark() {}

  public static void main(String[] args) {
    // Warm-up: let the JIT compile all three before anything is timed.
    best(() -> append(false));
    best(() -> append(true));
    best(AuditSealBenchmark::walk);
    double hashOnly = best(() -> append(false));
    double sealed = best(() -> append(true));
    double walk = best(AuditSealBenchmark::walk);
    System.out.printf(
        Locale.ROOT,
        "per event, best of %d rounds of %,d: append with hash only %.2f us, with hash and MAC"
            + " %.2f us (the MAC adds %.2f us); verify (hash and MAC) %.2f us%n",
        ROUNDS,
        EVENTS,
        hashOnly,
        sealed,
        sealed - hashOnly,
        walk);
  }

  private static long append(boolean seal) {
    AuditChainHead head = AuditChainHead.genesis();
    Instant at = Instant.parse("2026-12-06T01:00:00Z");
    long started = System.nanoTime();
    for (int i = 0; i < EVENTS; i++) {
      AuditEvent event = next(head, at.plusMillis(i), i);
      if (seal) {
        event.sealWith(SEAL);
      }
      head.advanceTo(event);
    }
    return System.nanoTime() - started;
  }

  private static long walk() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEvent[] events = new AuditEvent[EVENTS];
    Instant at = Instant.parse("2026-12-06T01:00:00Z");
    for (int i = 0; i < EVENTS; i++) {
      events[i] = next(head, at.plusMillis(i), i);
      events[i].sealWith(SEAL);
      head.advanceTo(events[i]);
    }
    long started = System.nanoTime();
    ChainWalk walk = new ChainWalk(SEAL);
    for (AuditEvent event : events) {
      walk.check(event);
    }
    if (!walk.finish(head).intact()) {
      throw new IllegalStateException("the benchmark's chain does not verify");
    }
    return System.nanoTime() - started;
  }

  private static AuditEvent next(AuditChainHead head, Instant at, int i) {
    return AuditEvent.follow(
        head,
        at,
        "complaints-handler",
        "complaints-handler",
        AuditEntry.change(
            "COMPLAINT_STEP_COMPLETED",
            "complaint",
            "3f1c8a52-6d0e-4b8e-9a61-0c7d5e2b9f4" + (i % 10),
            "step acknowledgement; fields: acknowledgedOn, letter"));
  }

  private static double best(LongSupplier round) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < ROUNDS; i++) {
      best = Math.min(best, round.getAsLong());
    }
    return best / 1000.0 / EVENTS;
  }
}
