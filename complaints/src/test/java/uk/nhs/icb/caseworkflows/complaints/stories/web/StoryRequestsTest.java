package uk.nhs.icb.caseworkflows.complaints.stories.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.ConsentAnswer;

/** The story requests name the field they refuse, so the 400 says what to correct. */
class StoryRequestsTest {

  private static String refusedField(Runnable reading) {
    try {
      reading.run();
    } catch (InvalidInputException refused) {
      return refused.errors().get(0).field();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void anAnswerIsGivenOrRefusedAndNoReplyIsNeverTyped() {
    assertThat(new StoryRequests.ConsentAnswered("carer", " given ", null).parsedAnswer())
        .isEqualTo(ConsentAnswer.GIVEN);
    assertThat(
            refusedField(
                () -> new StoryRequests.ConsentAnswered("carer", "NO_REPLY", null).parsedAnswer()))
        .isEqualTo("answer");
    assertThat(
            refusedField(
                () -> new StoryRequests.ConsentAnswered("carer", null, null).parsedAnswer()))
        .isEqualTo("answer");
    assertThat(
            refusedField(() -> new StoryRequests.ConsentAnswered(" ", "GIVEN", null).askedPerson()))
        .isEqualTo("person");
  }

  @Test
  void aReviewSaysWhetherItApproves() {
    assertThat(new StoryRequests.ReviewDecision(false, "Too specific.", 3L).isApproved()).isFalse();
    assertThatThrownBy(() -> new StoryRequests.ReviewDecision(null, null, null).isApproved())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approved");
  }
}
