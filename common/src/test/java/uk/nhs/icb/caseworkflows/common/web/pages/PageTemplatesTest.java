package uk.nhs.icb.caseworkflows.common.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTemplatesTest {

  private final PageTemplates templates = new PageTemplates(getClass().getClassLoader());

  @Test
  void whatAUserTypedCanNeverBecomeMarkup() {
    String html =
        templates.render(
            "test/echo",
            Map.of("text", "<script>alert(1)</script> & \"quotes\"", "csrfToken", "t"));

    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
        .doesNotContain("<script>");
  }

  @Test
  void theErrorSummaryLinksEachErrorToItsFieldAndTheFieldShowsTheSameMessage() {
    Map<String, Object> model =
        new HashMap<>(new FormErrors().add("username", "Enter your user name").model());
    model.put("text", "");
    model.put("csrfToken", "t");

    String html = templates.render("test/echo", model);

    assertThat(html)
        .contains("There is a problem")
        .contains("<a href=\"#username\">Enter your user name</a>")
        .contains("id=\"username-error\"");
  }

  @Test
  void withoutErrorsThereIsNoSummaryAndNoMessage() {
    Map<String, Object> model = new HashMap<>(new FormErrors().model());
    model.put("text", "");
    model.put("csrfToken", "t");

    assertThat(templates.render("test/echo", model))
        .doesNotContain("There is a problem")
        .doesNotContain("username-error")
        .contains("name=\"csrfToken\" value=\"t\"");
  }

  @Test
  void theDateInputOutlinesOnlyTheWrongParts() {
    Map<String, Object> model =
        DateInput.parse("received", "Date received", true, "31", "2", "2026")
            .model("Date received", "For example, 15 3 2026");

    String html = templates.render("common/date-input", model);

    assertThat(html)
        .contains("Date received must be a real date")
        .contains("nhsuk-form-group--error")
        .contains(
            "id=\"received-day\" name=\"received-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"");
    assertThat(html.split("nhsuk-input--error", -1)).hasSize(2);
  }

  @Test
  void theLayoutHasNoInlineScriptOrStyle() {
    Map<String, Object> layout = new HashMap<>();
    layout.put("title", "My tasks");
    layout.put("serviceName", "ICB Case Workflows");
    layout.put("contextPath", "/icb");
    layout.put("csrfToken", "t");
    layout.put("content", "<h1>My tasks</h1>");
    layout.put("navigation", List.of());
    layout.put("hasNavigation", false);
    layout.put("user", Map.of("name", "complaints-handler", "role", "Complaints handler"));
    layout.put("sessionSeconds", 1800);

    String html = templates.render("common/layout", layout);

    assertThat(html)
        .contains("<title>My tasks - ICB Case Workflows</title>")
        .contains("href=\"#maincontent\"")
        .contains("complaints-handler")
        .contains("data-session-seconds=\"1800\"")
        .doesNotContain("style=")
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
  }

  @Test
  void anUnknownTemplateOrAPathOutsideThePagesIsRefused() {
    assertThatThrownBy(() -> templates.render("test/none", Map.of()))
        .hasMessageContaining("pages/test/none.html");
    assertThatThrownBy(() -> templates.render("../secret", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
