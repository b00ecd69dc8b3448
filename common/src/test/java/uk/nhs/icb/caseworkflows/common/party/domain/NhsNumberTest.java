package uk.nhs.icb.caseworkflows.common.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

  /** The Modulus 11 rule of the Javadoc, written out independently of the class. */
  private static int expectedCheck(String firstNine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += Character.digit(firstNine.charAt(i), 10) * (10 - i);
    }
    return 11 - (sum % 11);
  }

  @Test
  void theWorkedExamplesReallyFollowTheModulus11Rule() {
    assertThat(expectedCheck("943476591")).isEqualTo(9);
    assertThat(expectedCheck("401023213")).isEqualTo(7);
    assertThat(expectedCheck("987654321")).as("11 means a check digit of 0").isEqualTo(11);
    assertThat(expectedCheck("123456789")).as("10 means no such number").isEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "4010232137", "4857773457", "4505577104"})
  void aNumberWhoseLastDigitIsItsCheckDigitIsAccepted(String typed) {
    assertThat(NhsNumber.parse(typed).digits()).isEqualTo(typed);
    assertThat(NhsNumber.isValid(typed)).isTrue();
  }

  @Test
  void aCheckOfElevenMeansTheLastDigitIsZero() {
    assertThat(NhsNumber.parse("9876543210").digits()).isEqualTo("9876543210");
    assertThat(NhsNumber.isValid("9876543211")).isFalse();
  }

  @Test
  void theSpacesAndDashesPeopleTypeAreAccepted() {
    assertThat(NhsNumber.parse("943 476 5919").digits()).isEqualTo("9434765919");
    assertThat(NhsNumber.parse("943-476-5919").digits()).isEqualTo("9434765919");
    assertThat(NhsNumber.parse(" 943 476-5919 ").digits()).isEqualTo("9434765919");
  }

  @Test
  void aWrongCheckDigitIsRefusedSayingSo() {
    assertThatThrownBy(() -> NhsNumber.parse("9434765918"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digit");
    assertThat(NhsNumber.isValid("9434765918")).isFalse();
  }

  @Test
  void aNumberWhoseCheckWouldBeTenCannotExistWhateverItsLastDigit() {
    for (int last = 0; last <= 9; last++) {
      String typed = "123456789" + last;
      assertThatThrownBy(() -> NhsNumber.parse(typed))
          .as(typed)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("check digit");
    }
    assertThat(NhsNumber.checkDigit("1234567890")).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "943476591",
        "94347659190",
        "943476591X",
        "ABCDEFGHIJ",
        "",
        "   ",
        "943.476.5919",
        "943_476_5919",
        "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"
      })
  void anythingButTenDigitsIsRefusedAsTheWrongLength(String typed) {
    assertThatThrownBy(() -> NhsNumber.parse(typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an NHS number has 10 digits");
    assertThat(NhsNumber.isValid(typed)).isFalse();
  }

  @Test
  void noNumberAtAllIsRefused() {
    assertThatThrownBy(() -> NhsNumber.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an NHS number is required");
    assertThat(NhsNumber.isValid(null)).isFalse();
  }

  @Test
  void itIsShownInThreeThreeFourGroupsAsLettersShowIt() {
    assertThat(NhsNumber.parse("9434765919").formatted()).isEqualTo("943 476 5919");
    assertThat(NhsNumber.parse("987-654-3210").formatted()).isEqualTo("987 654 3210");
  }

  @Test
  void itsToStringNeverGivesAwayTheWholeNumber() {
    NhsNumber number = NhsNumber.parse("9434765919");

    assertThat(number.toString())
        .doesNotContain("9434765919")
        .doesNotContain("943 476 5919")
        .doesNotContain("943476")
        .endsWith("5919]");
  }

  @Test
  void twoNumbersAreEqualWhenTheirDigitsAreHoweverTheyWereTyped() {
    NhsNumber plain = NhsNumber.parse("9434765919");
    NhsNumber spaced = NhsNumber.parse("943 476 5919");
    NhsNumber other = NhsNumber.parse("4010232137");

    assertThat(spaced).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(other).isNotEqualTo(plain);
    assertThat(plain).isNotEqualTo("9434765919").isNotEqualTo(null);
  }
}
