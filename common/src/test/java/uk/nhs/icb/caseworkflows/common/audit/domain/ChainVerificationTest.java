package uk.nhs.icb.caseworkflows.common.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChainVerificationTest {

  @Test
  void anIntactVerdictNamesNoEventAndNoProblem() {
    ChainVerification verdict = ChainVerification.intact(12);

    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.eventsChecked()).isEqualTo(12);
    assertThat(verdict.firstBrokenSequence()).isNull();
    assertThat(verdict.problem()).isNull();
  }

  @Test
  void aBrokenVerdictNamesTheEventAndWhy() {
    ChainVerification verdict = ChainVerification.broken(3, 4, "event 4 was altered");

    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.eventsChecked()).isEqualTo(3);
    assertThat(verdict.firstBrokenSequence()).isEqualTo(4L);
    assertThat(verdict.problem()).isEqualTo("event 4 was altered");
  }
}
