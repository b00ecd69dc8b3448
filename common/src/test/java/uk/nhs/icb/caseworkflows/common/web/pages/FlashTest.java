package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlashTest {

  @Test
  void aBannerSetBeforeTheRedirectShowsOnTheNextPageOnly() {
    HttpSession session = FakeHttp.session();
    HttpServletRequest post = FakeHttp.request("POST", "/tasks/1/claim", session, Map.of());
    HttpServletRequest next = FakeHttp.request("GET", "/tasks", session, Map.of());

    Flash.success(post, "You claimed the task");

    assertThat(Flash.take(next)).contains(new Flash("You claimed the task", true));
    assertThat(Flash.take(next)).isEmpty();
  }

  @Test
  void aNoticeIsNotASuccess() {
    HttpSession session = FakeHttp.session();
    Flash.notice(FakeHttp.request("POST", "/x", session, Map.of()), "Someone was quicker");

    assertThat(Flash.take(FakeHttp.request("GET", "/x", session, Map.of())))
        .hasValueSatisfying(flash -> assertThat(flash.success()).isFalse());
  }

  @Test
  void withoutASessionThereIsNothingToShow() {
    assertThat(Flash.take(FakeHttp.request("GET", "/x", null, Map.of()))).isEmpty();
  }
}
