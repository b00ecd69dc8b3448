package uk.nhs.icb.caseworkflows.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class PageRequestTest {

  private static InvalidInputException rejected(String page, String size) {
    return catchThrowableOfType(InvalidInputException.class, () -> PageRequest.parse(page, size));
  }

  @Test
  void noPageOrSizeGivesTheFirstPageOfTwenty() {
    assertThat(PageRequest.parse(null, null)).isEqualTo(new PageRequest(0, 20));
  }

  @Test
  void blankPageOrSizeIsTakenAsNotGiven() {
    assertThat(PageRequest.parse("", "   "))
        .isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
  }

  @Test
  void numbersAreReadWithSurroundingSpacesIgnored() {
    assertThat(PageRequest.parse("  7 ", " 7  ")).isEqualTo(new PageRequest(7, 7));
  }

  @Test
  void sizesFromOneToAHundredAreAccepted() {
    assertThat(PageRequest.parse("0", "1").size()).isEqualTo(1);
    assertThat(PageRequest.parse("0", "100").size()).isEqualTo(PageRequest.MAX_SIZE);
  }

  @Test
  void aSizeOfZeroIsRejectedNamingTheSize() {
    assertThat(rejected(null, "0").errors())
        .containsExactly(new FieldError("size", "must be a whole number from 1 to 100"));
  }

  @Test
  void aSizeOverAHundredIsRejectedNamingTheSize() {
    assertThat(rejected("2", "101").errors()).extracting(FieldError::field).containsExactly("size");
  }

  @Test
  void aNegativePageIsRejectedNamingThePage() {
    assertThat(rejected("-1", null).errors())
        .containsExactly(new FieldError("page", "must be a whole number from 0 to 1000000"));
  }

  @Test
  void aPageThatIsNotANumberIsRejectedNamingThePage() {
    assertThat(rejected("abc", "10").errors())
        .extracting(FieldError::field)
        .containsExactly("page");
  }

  @Test
  void fractionsAndNumbersTooBigForAnIntAreRejectedRatherThanFailing() {
    assertThat(rejected("1.5", null).errors())
        .extracting(FieldError::field)
        .containsExactly("page");
    assertThat(rejected("99999999999", null).errors())
        .extracting(FieldError::field)
        .containsExactly("page");
  }

  @Test
  void pagesUpToAMillionAreAccepted() {
    assertThat(PageRequest.parse("1000000", null).page()).isEqualTo(1_000_000);
    assertThat(rejected("1000001", null).errors())
        .extracting(FieldError::field)
        .containsExactly("page");
  }

  @Test
  void aBadPageAndABadSizeAreBothReportedInOneAnswer() {
    InvalidInputException thrown = rejected("abc", "0");

    assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("page", "size");
    assertThat(thrown).hasMessage("invalid input: [page, size]");
  }

  @Test
  void theFirstResultIsThePageTimesTheSize() {
    assertThat(new PageRequest(0, 20).firstResult()).isZero();
    assertThat(new PageRequest(3, 20).firstResult()).isEqualTo(60);
    assertThat(PageRequest.parse("1000000", "100").firstResult()).isEqualTo(100_000_000);
  }

  @Test
  void aPageRequestCannotBeMadeOutOfBoundsDirectly() {
    assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOf(IllegalArgumentException.class);
  }
}
