package uk.nhs.icb.caseworkflows.common.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainHeadTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

  private static AuditEvent next(AuditChainHead head, String detail) {
    return AuditEvent.follow(
        head,
        NOW,
        "jane.smith",
        "COMPLAINTS_HANDLER",
        AuditEntry.change("update", "COMPLAINT", "c-1", detail));
  }

  @Test
  void aNewChainStartsAtSequenceZeroWithTheGenesisHash() {
    AuditChainHead head = AuditChainHead.genesis();

    assertThat(head.lastSequence()).isZero();
    assertThat(head.lastHash()).isEqualTo(AuditHash.GENESIS);
  }

  @Test
  void advancingMovesTheHeadToTheNewEvent() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEvent first = next(head, "a");

    head.advanceTo(first);

    assertThat(head.lastSequence()).isEqualTo(1);
    assertThat(head.lastHash()).isEqualTo(first.hash());
  }

  @Test
  void theHeadRefusesAnEventItHasAlreadyPassed() {
    AuditChainHead head = AuditChainHead.genesis();
    AuditEvent first = next(head, "a");
    head.advanceTo(first);
    String hashAfterFirst = head.lastHash();

    assertThatThrownBy(() -> head.advanceTo(first))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an audit event must follow the chain head");
    assertThat(head.lastSequence()).isEqualTo(1);
    assertThat(head.lastHash()).isEqualTo(hashAfterFirst);
  }

  @Test
  void theHeadRefusesAnEventThatSkipsASequenceNumber() {
    AuditChains other = AuditChains.ofLength(2);
    AuditChainHead head = AuditChainHead.genesis();

    assertThatThrownBy(() -> head.advanceTo(other.event(2)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(head.lastSequence()).isZero();
  }

  @Test
  void theHeadRefusesAnEventWithTheRightNumberButAnotherChainsHash() {
    // Two transactions that both read the head before either appended: the chain must not fork.
    AuditChainHead head = AuditChainHead.genesis();
    AuditEvent mine = next(head, "mine");
    AuditEvent theirs = next(head, "theirs");
    head.advanceTo(mine);
    AuditChainHead theirHead = AuditChainHead.genesis();
    theirHead.advanceTo(theirs);
    AuditEvent theirSecond = next(theirHead, "theirs again");

    assertThatThrownBy(() -> head.advanceTo(theirSecond)).isInstanceOf(IllegalStateException.class);
    assertThat(head.lastSequence()).isEqualTo(1);
    assertThat(head.lastHash()).isEqualTo(mine.hash());
  }
}
