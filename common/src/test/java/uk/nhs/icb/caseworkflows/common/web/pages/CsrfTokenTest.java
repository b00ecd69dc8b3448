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
}
