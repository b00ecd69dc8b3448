package uk.nhs.icb.caseworkflows.common.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. There is one row; every append locks it
 * for the rest of its transaction, which serialises appends across threads and cluster nodes, and a
 * rolled-back transaction leaves it, like the events, untouched.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int THE_ONLY_ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  public static AuditChainHead genesis() {
    AuditChainHead head = new AuditChainHead();
    head.id = THE_ONLY_ID;
    head.lastSequence = 0;
    head.lastHash = AuditHash.GENESIS;
    return head;
  }

  public void advanceTo(AuditEvent event) {
    if (event.sequenceNumber() != lastSequence + 1 || !event.previousHash().equals(lastHash)) {
      throw new IllegalStateException("an audit event must follow the chain head");
    }
    lastSequence = event.sequenceNumber();
    lastHash = event.hash();
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }
}
