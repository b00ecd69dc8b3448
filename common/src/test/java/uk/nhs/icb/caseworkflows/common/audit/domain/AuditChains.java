package uk.nhs.icb.caseworkflows.common.audit.domain;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: audit chains built in memory the way the audit service builds them. */
final class AuditChains {

  static final Instant START = Instant.parse("2026-11-02T09:00:00.123Z");

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
    head.advanceTo(event);
    events.add(event);
    return event;
  }

  /** The event with this sequence number (they start at 1). */
  AuditEvent event(long sequence) {
    return events.get((int) sequence - 1);
  }

  /** Walks the events in order, as the verifier does, and returns the verdict. */
  ChainVerification verify() {
    ChainWalk walk = new ChainWalk();
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
