package uk.nhs.icb.caseworkflows.common.audit.domain;

/**
 * Checks events one by one, in sequence order, against the chain they should form. Fed in batches
 * by the verifier, so a chain of millions of events never has to be held in memory.
 */
public final class ChainWalk {

  private long expectedSequence = 1;
  private String expectedPreviousHash = AuditHash.GENESIS;
  private long checked;
  private ChainVerification broken;

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
    return ChainVerification.intact(checked);
  }

  private boolean fail(long sequence, String problem) {
    broken = ChainVerification.broken(checked, sequence, problem);
    return false;
  }
}
