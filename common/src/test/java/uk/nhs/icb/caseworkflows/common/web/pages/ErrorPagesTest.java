package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorPagesTest {

  private static HttpServletRequest errorDispatch(Integer status, String failedUri) {
    Map<String, Object> attributes = new HashMap<>();
    if (status != null) {
      attributes.put(RequestDispatcher.ERROR_STATUS_CODE, status);
    }
    if (failedUri != null) {
      attributes.put(RequestDispatcher.ERROR_REQUEST_URI, failedUri);
    }
    return FakeHttp.fake(
        HttpServletRequest.class,
        Map.of(
            "getAttribute", args -> attributes.get((String) args[0]),
            "getContextPath", args -> "/icb",
            "getRequestURI", args -> "/icb/error"));
  }

  @Test
  void anAddressNothingServesOrAMethodAPageDoesNotTakeIsPageNotFoundWithItsOwnStatus() {
    assertThat(ErrorPages.page(404))
        .isEqualTo(new PageView("Page not found", "common/not-found", Map.of(), 404));
    assertThat(ErrorPages.page(405).template()).isEqualTo("common/not-found");
    assertThat(ErrorPages.page(405).status()).isEqualTo(405);
  }

  @Test
  void aFailureIsTheServiceProblemPageAndAnyOtherRefusalTheRequestProblemPage() {
    assertThat(ErrorPages.page(500).template()).isEqualTo("common/service-problem");
    assertThat(ErrorPages.page(503).status()).isEqualTo(503);
    assertThat(ErrorPages.page(400).template()).isEqualTo("common/request-problem");
    assertThat(ErrorPages.page(400).title()).isEqualTo("Sorry, this request could not be handled");
  }

  @Test
  void theStatusIsTheFailedRequestsAndReachedDirectlyTheAddressServesNothing() {
    assertThat(ErrorPages.statusOf(errorDispatch(405, "/icb/tasks"))).isEqualTo(405);
    assertThat(ErrorPages.statusOf(errorDispatch(null, null))).isEqualTo(404);
    assertThat(ErrorPages.statusOf(errorDispatch(200, "/icb/tasks"))).isEqualTo(404);
  }

  @Test
  void theApiIsToldByTheAddressThatFailedNotByThisOne() {
    assertThat(ErrorPages.isApi(errorDispatch(404, "/icb/api/no-such-thing"))).isTrue();
    assertThat(ErrorPages.isApi(errorDispatch(404, "/icb/api"))).isTrue();
    assertThat(ErrorPages.isApi(errorDispatch(404, "/icb/apiary"))).isFalse();
    assertThat(ErrorPages.isApi(errorDispatch(404, "/icb/no-such-page"))).isFalse();
    assertThat(ErrorPages.isApi(errorDispatch(null, null))).isFalse();
  }
}
