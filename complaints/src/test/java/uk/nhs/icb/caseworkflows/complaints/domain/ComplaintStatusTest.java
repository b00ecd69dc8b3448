package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComplaintStatusTest {

  @Test
  void aRefusedChangeSaysWhatWasTriedAndWhereTheComplaintIs() {
    assertThatThrownBy(
            () ->
                ComplaintStatus.RECEIVED.require(
                    "stopping the clock", ComplaintStatus.PLANNED, ComplaintStatus.INVESTIGATING))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Stopping the clock is not possible while the complaint is just received.");
    assertThatCode(
            () -> ComplaintStatus.PLANNED.require("stopping the clock", ComplaintStatus.PLANNED))
        .doesNotThrowAnyException();
  }

  @Test
  void changesBeforeTheResponseEndWhenItIsSent() {
    assertThatCode(() -> ComplaintStatus.AWAITING_SIGN_OFF.requireNotYetResponded("a disclosure"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ComplaintStatus.RESPONDED.requireNotYetResponded("a disclosure"))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("A disclosure is not possible while the complaint is responded to.");
  }
}
