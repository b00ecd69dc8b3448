package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTokenTest {

  @Test
  void aSessionKeepsOneLongRandomTokenAndAnotherSessionGetsADifferentOne() {
    HttpSession session = FakeHttp.session();

    String token = CsrfToken.of(session);

    assertThat(token).hasSizeGreaterThanOrEqualTo(43).isEqualTo(CsrfToken.of(session));
    assertThat(CsrfToken.of(FakeHttp.session())).isNotEqualTo(token);
  }

  @Test
  void onlyAFormCarryingItsSessionsTokenIsValid() {
    HttpSession session = FakeHttp.session();
    String token = CsrfToken.of(session);

    assertThat(CsrfToken.isValid(post(session, Map.of(CsrfToken.FIELD, token)))).isTrue();
    assertThat(CsrfToken.isValid(post(session, Map.of()))).isFalse();
    assertThat(CsrfToken.isValid(post(session, Map.of(CsrfToken.FIELD, token + "x")))).isFalse();
    assertThat(CsrfToken.isValid(post(FakeHttp.session(), Map.of(CsrfToken.FIELD, token))))
        .isFalse();
    assertThat(CsrfToken.isValid(post(null, Map.of(CsrfToken.FIELD, token)))).isFalse();
  }

  @Test
  void aTokenInTheAddressIsRefusedEvenBesideTheRightOneInTheBody() {
    HttpSession session = FakeHttp.session();
    String token = CsrfToken.of(session);
    Map<String, String> form = Map.of(CsrfToken.FIELD, token);

    assertThat(CsrfToken.isValid(post(session, "csrfToken=" + token, form, Map.of()))).isFalse();
    assertThat(CsrfToken.isValid(post(session, "a=1&csrf%54oken=" + token, form, Map.of())))
        .as("the name percent-encoded")
        .isFalse();
    assertThat(CsrfToken.isValid(post(session, "a=1&csrfTokenX=2&%zz=3", form, Map.of())))
        .as("another name, and one that does not decode")
        .isTrue();
  }

  @Test
  void aPostTheBrowserSaysCameFromAnotherSiteIsRefusedEvenWithItsToken() {
    String here = "https://" + FakeHttp.HOST;

    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", here))).isTrue();
    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", "http://ICB.example.nhs.uk:8080")))
        .as("another scheme and port behind a proxy, the host in capitals")
        .isTrue();
    assertThat(acceptedWithItsTokenAnd(Map.of("Referer", here + "/tasks/1"))).isTrue();
    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", here, "Referer", "https://evil.example/")))
        .as("the Origin decides when both are sent")
        .isTrue();

    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", "https://evil.example"))).isFalse();
    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", here + ".evil.example"))).isFalse();
    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", "null"))).isFalse();
    assertThat(acceptedWithItsTokenAnd(Map.of("Origin", "not a url ^"))).isFalse();
    assertThat(acceptedWithItsTokenAnd(Map.of("Referer", "https://evil.example/"))).isFalse();
  }

  private static boolean acceptedWithItsTokenAnd(Map<String, String> headers) {
    HttpSession session = FakeHttp.session();
    Map<String, String> form = Map.of(CsrfToken.FIELD, CsrfToken.of(session));
    return CsrfToken.isValid(post(session, null, form, headers));
  }

  @Test
  void theFilterGuardsEveryPageRequestThatCouldChangeSomethingButNotTheApi() {
    HttpSession session = FakeHttp.session();

    assertThat(
            CsrfFilter.isProtected(FakeHttp.request("POST", "/tasks/1/claim", session, Map.of())))
        .isTrue();
    assertThat(CsrfFilter.isProtected(FakeHttp.request("PUT", "/login", session, Map.of())))
        .isTrue();
    assertThat(CsrfFilter.isProtected(FakeHttp.request("GET", "/tasks", session, Map.of())))
        .isFalse();
    assertThat(CsrfFilter.isProtected(FakeHttp.request("HEAD", "/tasks", session, Map.of())))
        .isFalse();
    assertThat(
            CsrfFilter.isProtected(
                FakeHttp.request("POST", "/api/tasks/1/claim", session, Map.of())))
        .isFalse();
    assertThat(CsrfFilter.isProtected(FakeHttp.request("POST", "/apify", session, Map.of())))
        .isTrue();
  }

  private static jakarta.servlet.http.HttpServletRequest post(
      HttpSession session, Map<String, String> form) {
    return FakeHttp.request("POST", "/tasks/1/claim", session, form);
  }

  private static jakarta.servlet.http.HttpServletRequest post(
      HttpSession session, String query, Map<String, String> form, Map<String, String> headers) {
    return FakeHttp.request("POST", "/tasks/1/claim", query, session, form, headers);
  }
}
