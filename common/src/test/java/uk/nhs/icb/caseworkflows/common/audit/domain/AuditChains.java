package uk.nhs.icb.caseworkflows.common.audit.domain;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: audit chains built in memory the way the audit service builds them. */
final class AuditChains {

  static final Instant START = Instant.parse("2026-11-02T09:00:00.123Z");

  /** The audit key of these chains. */
  static final AuditSeal SEAL =
      new AuditSeal("the key these test chains are sealed with, 32+ bytes".getBytes());

  final AuditChainHead head = AuditChainHead.genesis();
  final List<AuditEvent> events = new ArrayList<>();

  /** A chain of {@code n} events, each appended to the head. */
  static AuditChains ofLength(int n) {
    AuditChains chain = new AuditChains();
    for (int i = 1; i <= n; i++) {
      chain.append("jane.smith", "COMPLAINTS_HANDLER", "complaint-" + i, "fields: status " + i);
    }
    return chain;
  }

  AuditEvent append(String actor, String roles, String caseId, String detail) {
    AuditEvent event =
        AuditEvent.follow(
            head,
            START.plus(Duration.ofMinutes(events.size())),
            actor,
            roles,
            AuditEntry.change("update", "COMPLAINT", caseId, detail));
    event.sealWith(SEAL);
    head.advanceTo(event);
    events.add(event);
    return event;
  }

  /**
   * What someone with write access to the database but not the key can do: change an event, then
   * recompute its hash, every later event's previous hash and hash, and the head's last hash. The
   * MACs stay as they were.
   */
  void rewriteWithoutTheKey(long sequence, String detail) {
    rewriteWith(null, sequence, detail);
  }

  /** The same rewrite, re-signing every rewritten event with {@code otherKey} if given. */
  void rewriteWith(AuditSeal otherKey, long sequence, String detail) {
    setField(event(sequence), "detail", detail);
    String previous = sequence == 1 ? AuditHash.GENESIS : event(sequence - 1).hash();
    for (AuditEvent event : events.subList((int) sequence - 1, events.size())) {
      setField(event, "previousHash", previous);
      setField(event, "hash", event.computeHash());
      if (otherKey != null) {
        setField(event, "mac", otherKey.ofEvent(event.sequenceNumber(), event.hash()));
      }
      previous = event.hash();
    }
    setHeadHash(previous);
  }

  /**
   * What the plain hash chain alone says: every MAC recomputed with the key, as if none existed.
   */
  ChainVerification verifyHashesOnly() {
    List<String> macs = events.stream().map(AuditEvent::mac).toList();
    events.forEach(
        event -> setField(event, "mac", SEAL.ofEvent(event.sequenceNumber(), event.hash())));
    try {
      return verify();
    } finally {
      for (int i = 0; i < events.size(); i++) {
        setField(events.get(i), "mac", macs.get(i));
      }
    }
  }

  private void setHeadHash(String hash) {
    try {
      Field field = AuditChainHead.class.getDeclaredField("lastHash");
      field.setAccessible(true);
      field.set(head, hash);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("AuditChainHead has no lastHash", e);
    }
  }

  /** The event with this sequence number (they start at 1). */
  AuditEvent event(long sequence) {
    return events.get((int) sequence - 1);
  }

  /** Walks the events in order, as the verifier does, and returns the verdict. */
  ChainVerification verify() {
    ChainWalk walk = new ChainWalk(SEAL);
    for (AuditEvent event : events) {
      walk.check(event);
    }
    return walk.finish(head);
  }

  /** Walks the events against a checkpoint kept outside the database. */
  ChainVerification verifyAgainst(AuditCheckpoint checkpoint) {
    ChainWalk walk = new ChainWalk(SEAL, checkpoint);
    for (AuditEvent event : events) {
      walk.check(event);
    }
    return walk.finish(head);
  }

  /** Changes a stored column behind the entity's back, as an edit in the database would. */
  static void setField(AuditEvent event, String name, Object value) {
    try {
      Field field = AuditEvent.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(event, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("AuditEvent has no field " + name, e);
    }
  }

  private AuditChains() {}
}
