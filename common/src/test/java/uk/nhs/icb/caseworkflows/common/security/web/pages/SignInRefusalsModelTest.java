package uk.nhs.icb.caseworkflows.common.security.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.security.domain.RefusalReport;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** The refused sign-ins page filled from real reports: counts per source, periods, nothing else. */
class SignInRefusalsModelTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private final PageTemplates templates = new PageTemplates(getClass().getClassLoader());

  private String render(PageView page) {
    Map<String, Object> model = new HashMap<>();
    model.put("contextPath", "/icb");
    model.put("csrfToken", "token");
    model.putAll(new FormErrors().model());
    model.putAll(page.model());
    return templates.render(page.template(), model);
  }

  @Test
  void theOpenPeriodAndEarlierOnesShowTheirCountsPerSource() {
    RefusalReport current =
        new RefusalReport(T0.plusSeconds(1800), T0.plusSeconds(1900), Map.of("192.0.2.7", 12L));
    Map<String, Long> earlier = new LinkedHashMap<>();
    earlier.put("198.51.100.4", 40L);
    earlier.put("other sources", 3L);
    RefusalReport closed = new RefusalReport(T0.plusSeconds(900), T0.plusSeconds(1800), earlier);

    PageView page = SignInRefusalsModel.page(current, List.of(closed), T0);
    String html = render(page);

    assertThat(page.title()).isEqualTo("Refused sign-ins");
    assertThat(html)
        .contains("kept in memory since 22 November 2026, 10:00")
        .contains("12 refused from 1 source.")
        .containsSubsequence("192.0.2.7", "12")
        .contains("22 November 2026, 10:15 to 22 November 2026, 10:30: 43 refused from 2 sources")
        .containsSubsequence("198.51.100.4", "40", "other sources", "3")
        .doesNotContain("No earlier period");
  }

  @Test
  void nothingRefusedSaysSo() {
    String html =
        render(SignInRefusalsModel.page(new RefusalReport(T0, T0, Map.of()), List.of(), T0));

    assertThat(html)
        .contains("id=\"current-none\"")
        .contains("No earlier period on this server had a refused sign-in")
        .doesNotContain("<table");
  }

  @Test
  void aFloodFromManySourcesListsTheFirstAndSumsTheRest() {
    Map<String, Long> many = new LinkedHashMap<>();
    for (int i = 1; i <= SignInRefusalsModel.SOURCES_SHOWN + 5; i++) {
      many.put("203.0.113." + i, 2L);
    }

    String html = render(SignInRefusalsModel.page(new RefusalReport(T0, T0, many), List.of(), T0));

    assertThat(html)
        .contains("203.0.113." + SignInRefusalsModel.SOURCES_SHOWN + "<")
        .doesNotContain("203.0.113." + (SignInRefusalsModel.SOURCES_SHOWN + 1) + "<")
        .containsSubsequence("5 more sources", "10");
  }
}
