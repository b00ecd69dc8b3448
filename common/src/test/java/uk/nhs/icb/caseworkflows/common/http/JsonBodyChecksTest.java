package uk.nhs.icb.caseworkflows.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyChecksTest {

  private static int depth(String json) {
    return JsonBodyChecks.depth(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void countsTheDeepestNestingOfArraysAndObjects() {
    assertThat(depth("{}")).isEqualTo(1);
    assertThat(depth("{\"a\":[1,{\"b\":[]}],\"c\":{}}")).isEqualTo(4);
    assertThat(depth("[".repeat(100_000) + "]".repeat(100_000))).isEqualTo(100_000);
    assertThat(depth("42")).isZero();
  }

  @Test
  void bracketsInsideStringsAndEscapedQuotesDoNotCount() {
    assertThat(depth("{\"a\":\"[[[[{{{{\"}")).isEqualTo(1);
    assertThat(depth("{\"a\":\"say \\\"[[[\\\" and \\\\\",\"b\":[]}")).isEqualTo(2);
  }
}
