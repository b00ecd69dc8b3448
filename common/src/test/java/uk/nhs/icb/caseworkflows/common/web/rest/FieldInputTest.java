package uk.nhs.icb.caseworkflows.common.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class FieldInputTest {

  @Test
  void whatAValueRefusesBecomesARefusalOfTheFieldWithItsMessage() {
    assertThatThrownBy(
            () ->
                FieldInput.field(
                    "patient.nhsNumber",
                    () -> {
                      throw new IllegalArgumentException("the check digit is wrong");
                    }))
        .satisfies(
            refused -> assertRefused(refused, "patient.nhsNumber", "the check digit is wrong"));
    assertThatThrownBy(() -> FieldInput.field("giverName", () -> Objects.requireNonNull(null)))
        .satisfies(refused -> assertRefused(refused, "giverName", "is not valid"));
    assertThat(FieldInput.field("name", () -> "Ann Lee")).isEqualTo("Ann Lee");
  }

  @Test
  void requireRefusesTheFieldOnlyWhenTheRuleDoesNotHold() {
    FieldInput.require(true, "comments", "say what should change");
    assertThatThrownBy(() -> FieldInput.require(false, "comments", "say what should change"))
        .satisfies(refused -> assertRefused(refused, "comments", "say what should change"));
  }

  @Test
  void aLineThatIsBlankOrTooLongIsRefusedByItsPlace() {
    assertThatThrownBy(
            () -> FieldInput.checkLines("issues", List.of("late", " ", "rude"), 10, 1000))
        .satisfies(
            refused -> assertRefused(refused, "issues[1]", "must be text of 1 to 10 characters"));
    assertThatThrownBy(() -> FieldInput.checkLines("issues", Arrays.asList("late", null), 10, 1000))
        .satisfies(
            refused -> assertRefused(refused, "issues[1]", "must be text of 1 to 10 characters"));
    assertThatThrownBy(() -> FieldInput.checkLines("issues", List.of("x".repeat(11)), 10, 1000))
        .satisfies(
            refused -> assertRefused(refused, "issues[0]", "must be text of 1 to 10 characters"));
  }

  @Test
  void linesThatEachFitButTogetherDoNotAreRefusedAsTheField() {
    // Two lines of 5 and the line break between them come to 11.
    FieldInput.checkLines("address", List.of("12345", "12345"), 5, 11);
    assertThatThrownBy(
            () -> FieldInput.checkLines("address", List.of("12345", "12345", "1"), 5, 12))
        .satisfies(
            refused ->
                assertRefused(
                    refused,
                    "address",
                    "must come to 12 characters or fewer, line breaks included"));
  }

  @Test
  void noLinesAtAllPassAndReadAsNone() {
    FieldInput.checkLines("address", null, 5, 0);
    assertThat(FieldInput.lines(null)).isEmpty();
    assertThat(FieldInput.lines(List.of("a"))).containsExactly("a");
  }

  private static void assertRefused(Throwable refused, String field, String message) {
    assertThat(refused).isInstanceOf(InvalidInputException.class);
    FieldError error = ((InvalidInputException) refused).errors().get(0);
    assertThat(error.field()).isEqualTo(field);
    assertThat(error.reason()).isEqualTo(message);
  }
}
