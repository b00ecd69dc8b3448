package uk.nhs.icb.caseworkflows.common.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainWalkTest {

  @Test
  void anIntactChainVerifiesAndCountsEveryEvent() {
    AuditChains chain = AuditChains.ofLength(7);

    ChainVerification verdict = chain.verify();

    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.eventsChecked()).isEqualTo(7);
    assertThat(verdict.firstBrokenSequence()).isNull();
    assertThat(verdict.problem()).isNull();
  }

  @Test
  void anEmptyTrailWithAFreshHeadIsIntact() {
    ChainVerification verdict = new ChainWalk(AuditChains.SEAL).finish(AuditChainHead.genesis());

    assertThat(verdict).isEqualTo(ChainVerification.intact(0));
  }

  @Test
  void eachIntactEventIsAcceptedAsItIsFed() {
    AuditChains chain = AuditChains.ofLength(3);
    ChainWalk walk = new ChainWalk(AuditChains.SEAL);

    assertThat(chain.events).allSatisfy(event -> assertThat(walk.check(event)).isTrue());
  }

  @Test
  void anEventWhoseDetailWasEditedInTheDatabaseIsNamedAsAltered() {
    AuditChains chain = AuditChains.ofLength(6);
    AuditChains.setField(chain.event(4), "detail", "fields: nothing to see here");

    ChainVerification verdict = chain.verify();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(4L);
    assertThat(verdict.problem()).isEqualTo("event 4 was altered");
    assertThat(verdict.eventsChecked()).isEqualTo(4);
  }

  @Test
  void anEventWhoseActorWasEditedIsNamedAsAltered() {
    AuditChains chain = AuditChains.ofLength(5);
    AuditChains.setField(chain.event(2), "actor", "someone.else");

    ChainVerification verdict = chain.verify();

    assertThat(verdict.firstBrokenSequence()).isEqualTo(2L);
    assertThat(verdict.problem()).isEqualTo("event 2 was altered");
  }

  @Test
  void anEventWhoseTimeWasEditedIsNamedAsAltered() {
    AuditChains chain = AuditChains.ofLength(3);
    AuditChains.setField(
        chain.event(3), "occurredAt", chain.event(3).occurredAt().minusSeconds(3600));

    ChainVerification verdict = chain.verify();

    assertThat(verdict.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verdict.problem()).isEqualTo("event 3 was altered");
  }

  @Test
  void aForgerWhoAlsoRecomputesTheEditedEventsHashIsCaughtByItsMac() {
    AuditChains chain = AuditChains.ofLength(6);
    AuditEvent forged = chain.event(3);
    AuditChains.setField(forged, "actor", "someone.else");
    AuditChains.setField(forged, "hash", forged.computeHash());

    ChainVerification verdict = chain.verify();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verdict.problem())
        .isEqualTo(
            "event 3 was altered: its hashes were recomputed, but its MAC is not the audit key's");
  }

  @Test
  void aForgerWhoRecomputesEveryLaterHashAndTheHeadIsNamedAtTheRewrittenEvent() {
    AuditChains chain = AuditChains.ofLength(8);
    chain.rewriteWithoutTheKey(3, "fields: nothing to see here");

    ChainVerification plainHashes = chain.verifyHashesOnly();
    ChainVerification verdict = chain.verify();

    assertThat(plainHashes.intact())
        .as("the rewrite is consistent: every hash and the head were recomputed")
        .isTrue();
    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verdict.problem()).startsWith("event 3 was altered");
    assertThat(verdict.eventsChecked()).isEqualTo(3);
  }

  @Test
  void aForgerWhoCopiesTheMacsAlongIsStillCaughtBecauseTheMacCoversTheHash() {
    AuditChains chain = AuditChains.ofLength(5);
    chain.rewriteWithoutTheKey(2, "fields: edited");
    // The MACs were left as they were: each still matches the old hash, not the new one.
    assertThat(chain.event(2).mac()).isNotNull();

    assertThat(chain.verify().firstBrokenSequence()).isEqualTo(2L);
  }

  @Test
  void aForgerWithAnotherKeyIsCaught() {
    AuditChains chain = AuditChains.ofLength(4);
    AuditSeal otherKey = new AuditSeal("another installation's key, 32 bytes or more".getBytes());
    chain.rewriteWith(otherKey, 2, "fields: edited");

    ChainVerification verdict = chain.verify();

    assertThat(verdict.firstBrokenSequence()).isEqualTo(2L);
    assertThat(verdict.problem()).contains("MAC is not the audit key's");
  }

  @Test
  void anEventWithoutAMacIsNamed() {
    AuditChains chain = AuditChains.ofLength(4);
    AuditChains.setField(chain.event(3), "mac", null);

    ChainVerification verdict = chain.verify();

    assertThat(verdict.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verdict.problem())
        .isEqualTo("event 3 carries no MAC: it was written outside the application");
  }

  @Test
  void aForgerWhoRewritesTheLastEventAndItsHashButNotTheHeadIsCaughtByTheChainHead() {
    AuditChains chain = AuditChains.ofLength(4);
    AuditEvent forged = chain.event(4);
    AuditChains.setField(forged, "detail", "fields: nothing to see here");
    AuditChains.setField(forged, "hash", forged.computeHash());

    ChainVerification verdict = chain.verifyHashesOnly();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(4L);
    assertThat(verdict.problem())
        .isEqualTo("event 4 does not match the chain head: it was altered");
    assertThat(verdict.eventsChecked()).isEqualTo(4);
  }

  @Test
  void aDeletedEventInTheMiddleIsNamedAsMissing() {
    AuditChains chain = AuditChains.ofLength(6);
    chain.events.remove(chain.event(3));

    ChainVerification verdict = chain.verify();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(3L);
    assertThat(verdict.problem()).isEqualTo("event 3 is missing");
    assertThat(verdict.eventsChecked()).isEqualTo(2);
  }

  @Test
  void aDeletedFirstEventIsNamedAsMissing() {
    AuditChains chain = AuditChains.ofLength(3);
    chain.events.remove(0);

    ChainVerification verdict = chain.verify();

    assertThat(verdict.firstBrokenSequence()).isEqualTo(1L);
    assertThat(verdict.problem()).isEqualTo("event 1 is missing");
    assertThat(verdict.eventsChecked()).isZero();
  }

  @Test
  void aDeletedLastEventIsCaughtThroughTheChainHead() {
    AuditChains chain = AuditChains.ofLength(5);
    chain.events.remove(chain.events.size() - 1);
    assertThat(chain.head.lastSequence()).isEqualTo(5);

    ChainVerification verdict = chain.verify();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(5L);
    assertThat(verdict.problem()).isEqualTo("event 5 is missing");
    assertThat(verdict.eventsChecked()).isEqualTo(4);
  }

  @Test
  void deletingEveryEventIsCaughtThroughTheChainHead() {
    AuditChains chain = AuditChains.ofLength(3);
    chain.events.clear();

    ChainVerification verdict = chain.verify();

    assertThat(verdict.firstBrokenSequence()).isEqualTo(1L);
    assertThat(verdict.problem()).isEqualTo("event 1 is missing");
  }

  @Test
  void anEventAddedBehindTheHeadsBackIsCaught() {
    AuditChains chain = AuditChains.ofLength(3);
    AuditChainHead headBeforeForgery = AuditChainHead.genesis();
    chain.events.forEach(headBeforeForgery::advanceTo);
    // The forger appends a well-formed event 4 but cannot update the locked head row.
    chain.append("jane.smith", "COMPLAINTS_HANDLER", "complaint-4", "fields: invented");

    ChainWalk walk = new ChainWalk(AuditChains.SEAL);
    chain.events.forEach(walk::check);
    ChainVerification verdict = walk.finish(headBeforeForgery);

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(4L);
  }

  @Test
  void swappedEventsAreCaught() {
    AuditChains chain = AuditChains.ofLength(4);
    AuditEvent second = chain.events.set(1, chain.event(3));
    chain.events.set(2, second);

    ChainVerification verdict = chain.verify();

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBrokenSequence()).isEqualTo(2L);
  }

  @Test
  void theVerdictNamesTheFirstBreakAndStopsCheckingAfterIt() {
    AuditChains chain = AuditChains.ofLength(6);
    AuditChains.setField(chain.event(2), "detail", "edited");
    AuditChains.setField(chain.event(5), "detail", "edited too");
    ChainWalk walk = new ChainWalk(AuditChains.SEAL);

    assertThat(walk.check(chain.event(1))).isTrue();
    assertThat(walk.check(chain.event(2))).isFalse();
    assertThat(walk.check(chain.event(3))).isFalse();
    chain.events.subList(3, 6).forEach(walk::check);
    ChainVerification verdict = walk.finish(chain.head);

    assertThat(verdict.firstBrokenSequence()).isEqualTo(2L);
    assertThat(verdict.problem()).isEqualTo("event 2 was altered");
    assertThat(verdict.eventsChecked()).isEqualTo(2);
  }

  @Test
  void aChainFedInBatchesGivesTheSameVerdictAsOneWalk() {
    AuditChains chain = AuditChains.ofLength(10);
    ChainWalk walk = new ChainWalk(AuditChains.SEAL);

    chain.events.subList(0, 4).forEach(walk::check);
    chain.events.subList(4, 10).forEach(walk::check);

    assertThat(walk.finish(chain.head)).isEqualTo(ChainVerification.intact(10));
  }
}
