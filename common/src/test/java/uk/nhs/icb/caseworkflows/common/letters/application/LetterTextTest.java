package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class LetterTextTest {

  private static List<String> refusedPaths(Object value) {
    return catchThrowableOfType(
            InvalidInputException.class, () -> LetterText.clean("fields.x", value))
        .errors()
        .stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void numbersTrueFalseDatesAndNothingPassUnchanged() {
    LocalDate date = LocalDate.of(2027, 3, 1);

    assertThat(LetterText.clean("fields.x", 42)).isEqualTo(42);
    assertThat(LetterText.clean("fields.x", new BigDecimal("12.50")))
        .isEqualTo(new BigDecimal("12.50"));
    assertThat(LetterText.clean("fields.x", true)).isEqualTo(true);
    assertThat(LetterText.clean("fields.x", date)).isSameAs(date);
    assertThat(LetterText.clean("fields.x", null)).isNull();
  }

  @Test
  void anyKindOfTextBecomesCleanText() {
    assertThat(LetterText.clean("fields.x", new StringBuilder("a\u0000b"))).isEqualTo("ab");
  }

  @Test
  void textKeepsLettersAccentsLineBreaksAndTabs() {
    String text = "Siân Ŵyn\nline\ttab Ẃ é ß \uD83C\uDFF4\uDB40\uDC67 \u2028 \u00A0";

    assertThat(LetterText.text(text)).isEqualTo(text);
  }

  @Test
  void textLosesControlCharactersBrokenSurrogatesAndNonCharacters() {
    assertThat(LetterText.text("a\u0000b\u0007c\u001Fd\u007Fe\u0085f\u009Fg")).isEqualTo("abcdefg");
    assertThat(LetterText.text("\uD83Dx\uDE00y\uDE00\uD83Dz\uD83D")).isEqualTo("xyz");
    assertThat(LetterText.text("a\uFFFEb\uFFFFc")).isEqualTo("abc");
  }

  @Test
  void windowsAndOldMacLineEndingsBecomeNewLines() {
    assertThat(LetterText.text("one\r\ntwo\rthree\r")).isEqualTo("one\ntwo\nthree\n");
    assertThat(LetterText.text("\r\r\n")).isEqualTo("\n\n");
  }

  @Test
  void mapsAndListsAreCleanedAllTheWayDown() {
    Object cleaned =
        LetterText.clean(
            "fields.x",
            Map.of("people", List.of(Map.of("name", "Jo\u0000 Bloggs", "age", 7)), "n", 1));

    assertThat(cleaned)
        .isEqualTo(Map.of("people", List.of(Map.of("name", "Jo Bloggs", "age", 7)), "n", 1));
  }

  @Test
  void anUnsupportedValueIsRefusedNamingItsPath() {
    assertThat(refusedPaths(new Object())).containsExactly("fields.x");
    assertThat(refusedPaths(Instant.EPOCH)).containsExactly("fields.x");
    assertThat(refusedPaths(Set.of("a"))).containsExactly("fields.x");
    assertThat(refusedPaths(List.of("a", List.of("b", new Object()))))
        .containsExactly("fields.x[1][1]");
    assertThat(refusedPaths(Map.of("a", Map.of("b", new Object()))))
        .containsExactly("fields.x.a.b");
  }
}
