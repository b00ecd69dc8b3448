package uk.nhs.icb.caseworkflows.common.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail. It is created whole by {@link #follow}, sealed once with the audit
 * key, and has no way to change afterwards; its sequence number comes from the chain head, so a gap
 * means a removed event.
 */
@Entity
@Table(
    name = "audit_event",
    indexes = {
      @Index(name = "audit_event_case", columnList = "case_type, case_id"),
      @Index(name = "audit_event_actor", columnList = "actor"),
      @Index(name = "audit_event_time", columnList = "occurred_at")
    })
public class AuditEvent {

  /** Column lengths, which a search by these values must not exceed either. */
  public static final int ACTOR_LENGTH = 100;

  public static final int CASE_TYPE_LENGTH = 40;
  public static final int CASE_ID_LENGTH = 100;

  @Id
  @Column(name = "sequence_number")
  private long sequenceNumber;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(name = "roles", nullable = false, length = 400)
  private String roles;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private AuditKind kind;

  @Column(name = "action", nullable = false, length = 100)
  private String action;

  @Column(name = "case_type", length = CASE_TYPE_LENGTH)
  private String caseType;

  @Column(name = "case_id", length = CASE_ID_LENGTH)
  private String caseId;

  @Column(name = "detail", nullable = false, length = 4000)
  private String detail;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  /**
   * HMAC-SHA256 of the sequence number and hash under the audit key ({@link AuditSeal}). Nullable
   * only because events written before the key existed have none until a start seals them.
   */
  @Column(name = "mac", length = 64)
  private String mac;

  protected AuditEvent() {}

  /**
   * The event after {@code head}'s last one; the databases keep microseconds, so we keep millis.
   */
  public static AuditEvent follow(
      AuditChainHead head, Instant now, String actor, String roles, AuditEntry entry) {
    AuditEvent event = new AuditEvent();
    event.sequenceNumber = head.lastSequence() + 1;
    event.occurredAt = now.truncatedTo(ChronoUnit.MILLIS);
    event.actor = actor;
    event.roles = roles;
    event.kind = entry.kind();
    event.action = entry.action();
    event.caseType = entry.caseType();
    event.caseId = entry.caseId();
    event.detail = entry.detail();
    event.previousHash = head.lastHash();
    event.hash = event.computeHash();
    return event;
  }

  /**
   * Puts the audit key's MAC on the event: once, when it is written, or at the start that first
   * seals events written before the key existed.
   */
  public void sealWith(AuditSeal seal) {
    if (mac != null) {
      throw new IllegalStateException("audit event " + sequenceNumber + " is already sealed");
    }
    mac = seal.ofEvent(sequenceNumber, hash);
  }

  /** Whether the event carries the MAC the key gives its sequence number and stored hash. */
  public boolean isSealedBy(AuditSeal seal) {
    return AuditSeal.same(seal.ofEvent(sequenceNumber, hash), mac);
  }

  /** The hash this event should have, recomputed from what is stored now. */
  public String computeHash() {
    return AuditHash.of(
        previousHash,
        sequenceNumber,
        occurredAt,
        actor,
        roles,
        kind,
        action,
        caseType,
        caseId,
        detail);
  }

  public long sequenceNumber() {
    return sequenceNumber;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String roles() {
    return roles;
  }

  public AuditKind kind() {
    return kind;
  }

  public String action() {
    return action;
  }

  public String caseType() {
    return caseType;
  }

  public String caseId() {
    return caseId;
  }

  public String detail() {
    return detail;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }

  public String mac() {
    return mac;
  }
}
