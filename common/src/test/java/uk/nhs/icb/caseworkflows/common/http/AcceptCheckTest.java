package uk.nhs.icb.caseworkflows.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Accept headers reach the REST layer, and which are answered 406 before it. */
class AcceptCheckTest {

  @Test
  void whatClientsAndBrowsersSendPasses() {
    assertThat(AcceptCheck.isMediaRangeList("application/json")).isTrue();
    assertThat(AcceptCheck.isMediaRangeList("*/*")).isTrue();
    assertThat(AcceptCheck.isMediaRangeList("")).isTrue();
    assertThat(
            AcceptCheck.isMediaRangeList(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        .isTrue();
    assertThat(AcceptCheck.isMediaRangeList("application/json; charset=\"utf-8\"; q=1")).isTrue();
  }

  @Test
  void textThatIsNoListOfMediaTypesIsRefused() {
    assertThat(AcceptCheck.isMediaRangeList("%%%/;;;")).isFalse();
    assertThat(AcceptCheck.isMediaRangeList("json")).isFalse();
    assertThat(AcceptCheck.isMediaRangeList("application/json,")).isFalse();
    assertThat(AcceptCheck.isMediaRangeList("application/json;q")).isFalse();
  }
}
