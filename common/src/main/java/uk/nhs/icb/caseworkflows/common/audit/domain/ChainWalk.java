package uk.nhs.icb.caseworkflows.common.audit.domain;

/**
 * Checks events one by one, in sequence order, against the chain they should form and the audit
 * key's MAC each must carry, and, when one is given, against a checkpoint kept outside the
 * database. Fed in batches by the verifier, so a chain of millions of events never has to be held
 * in memory.
 */
public final class ChainWalk {

  private final AuditSeal seal;
  private final AuditCheckpoint checkpoint;
  private long expectedSequence = 1;
  private String expectedPreviousHash = AuditHash.GENESIS;
  private long checked;
  private ChainVerification broken;

  /** A walk that checks the hashes and the MACs. */
  public ChainWalk(AuditSeal seal) {
    this(seal, null);
  }

  /** A walk that also checks the events reach the checkpoint and are as they were at it. */
  public ChainWalk(AuditSeal seal, AuditCheckpoint checkpoint) {
    this.seal = seal;
    this.checkpoint = checkpoint;
  }

  /** Checks the next event; returns false once the chain is found broken. */
  public boolean check(AuditEvent event) {
    if (broken != null) {
      return false;
    }
    if (event.sequenceNumber() != expectedSequence) {
      return fail(expectedSequence, "event " + expectedSequence + " is missing");
    }
    checked++;
    if (!event.previousHash().equals(expectedPreviousHash)) {
      return fail(
          expectedSequence,
          "event "
              + expectedSequence
              + " does not follow event "
              + (expectedSequence - 1)
              + ": one of them was altered");
    }
    if (!event.computeHash().equals(event.hash())) {
      return fail(expectedSequence, "event " + expectedSequence + " was altered");
    }
    if (event.mac() == null) {
      return fail(
          expectedSequence,
          "event " + expectedSequence + " carries no MAC: it was written outside the application");
    }
    if (!event.isSealedBy(seal)) {
      return fail(
          expectedSequence,
          "event "
              + expectedSequence
              + " was altered: its hashes were recomputed, but its MAC is not the audit key's");
    }
    if (checkpoint != null
        && expectedSequence == checkpoint.sequence()
        && !event.hash().equals(checkpoint.hash())) {
      return fail(
          expectedSequence,
          "event "
              + expectedSequence
              + " is not as it was at the checkpoint taken "
              + checkpoint.takenAt()
              + ": it or an event before it was altered");
    }
    expectedSequence++;
    expectedPreviousHash = event.hash();
    return true;
  }

  /** The verdict once every event has been fed; events after the last one seen are missing. */
  public ChainVerification finish(AuditChainHead head) {
    if (broken != null) {
      return broken;
    }
    long lastSeen = expectedSequence - 1;
    if (head.lastSequence() > lastSeen) {
      return ChainVerification.broken(
          checked, lastSeen + 1, "event " + (lastSeen + 1) + " is missing");
    }
    if (lastSeen > 0 && !head.lastHash().equals(expectedPreviousHash)) {
      return ChainVerification.broken(
          checked,
          lastSeen,
          "event " + lastSeen + " does not match the chain head: it was altered");
    }
    if (checkpoint != null && checkpoint.sequence() > lastSeen) {
      return ChainVerification.broken(
          checked,
          lastSeen + 1,
          "event "
              + (lastSeen + 1)
              + " is missing: the checkpoint taken "
              + checkpoint.takenAt()
              + " reached event "
              + checkpoint.sequence());
    }
    return ChainVerification.intact(checked);
  }

  private boolean fail(long sequence, String problem) {
    broken = ChainVerification.broken(checked, sequence, problem);
    return false;
  }
}
