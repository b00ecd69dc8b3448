package uk.nhs.icb.caseworkflows.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static Optional<String> field(String json) {
    return JsonText.fieldHoldingControlCharacters(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void namesTheFieldWhoseTextHoldsANul() {
    assertThat(field("{\"note\":\"before\\u0000after\"}")).contains("note");
    assertThat(field("{\"issues\":[\"fine\",\"bad\\u0000\"],\"x\":1}")).contains("issues[1]");
    assertThat(field("{\"a\":{\"b\":[{\"c\":\"\\u0000\"}]}}")).contains("a.b[0].c");
    assertThat(field("{\"a\":[[1,2],[3,\"\\u0000\"]]}")).contains("a[1][1]");
    assertThat(field("\"\\u0000\"")).contains("body");
  }

  @Test
  void aNulInTheNameOfAMapEntryIsRefusedToo() {
    assertThat(field("{\"variables\":{\"ok\":true,\"bad\\u0000name\":true}}"))
        .contains("variables.bad\\u0000name");
    assertThat(field("{\"variables\":{\"a\\u001bb\":1}}")).contains("variables.a\\u001bb");
  }

  @Test
  void everyOtherControlCharacterButTabsAndLineBreaksIsRefusedAsTheFormsRefuseIt() {
    for (String escaped :
        new String[] {
          "\\u0001", "\\u0007", "\\b", "\\f", "\\u000B", "\\u001b", "\\u007f", "\\u0085", "\\u009F"
        }) {
      assertThat(field("{\"note\":\"a" + escaped + "b\"}")).as(escaped).contains("note");
    }
    assertThat(field("{\"note\":\"a\u007fb\"}")).as("DEL as it is").contains("note");
    assertThat(field("{\"note\":\"a\u0085b\"}")).as("a C1 control as it is").contains("note");
    assertThat(
            field("{\"note\":\"tab\\t, lines\\r\\n, \\u0009\\u000a\\u000D, \u00e9\u00a0\u2028\"}"))
        .as("tabs, line breaks and other characters")
        .isEmpty();
  }

  @Test
  void textWithoutANulPassesAndSoDoesAWrittenBackslashU0000() {
    assertThat(field("{\"note\":\"Plain text, \\t tabs and \\n lines\"}")).isEmpty();
    // An escaped backslash followed by u0000 is the six characters \u0000, not a NUL.
    assertThat(field("{\"note\":\"C:\\\\u0000\"}")).isEmpty();
    assertThat(field("{\"note\":\"u0000\"}")).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsLeftToTheBindingToRefuse() {
    // One raw control character, or one outside any string: not JSON, whatever the parser throws.
    assertThat(field("\u0001")).isEmpty();
    assertThat(field("\u007f")).isEmpty();
    assertThat(field("{\"a\":1\u0002}")).isEmpty();
    assertThat(field("[\u0085]")).isEmpty();
    assertThat(field("not json \\u0000")).isEmpty();
    assertThat(field("{\"note\": nope \\u0000}")).isEmpty();
    // Cut off after the NUL: refused for the NUL either way, and named where it was read.
    assertThat(field("{\"note\":\"\\u0000\"")).contains("note");
  }
}
