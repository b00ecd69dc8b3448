package uk.nhs.icb.caseworkflows.common.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/** A draft is signed off with or without comments, but returned only with them. */
class SignOffInputTest {

  @Test
  void aSignOffNeedsNoComments() {
    assertThatCode(() -> SignOffInput.requireCommentsWhenReturned(true, null))
        .doesNotThrowAnyException();
  }

  @Test
  void aReturnWithCommentsPasses() {
    assertThatCode(() -> SignOffInput.requireCommentsWhenReturned(false, "Say sorry"))
        .doesNotThrowAnyException();
  }

  @Test
  void aReturnWithoutCommentsIsRefusedNamingThem() {
    for (String comments : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> SignOffInput.requireCommentsWhenReturned(false, comments))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              refused ->
                  assertThat(refused.errors())
                      .extracting(error -> error.field() + ": " + error.reason())
                      .containsExactly("comments: say what should change when returning a draft"));
    }
  }
}
