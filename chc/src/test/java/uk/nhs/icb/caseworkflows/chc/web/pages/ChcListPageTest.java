package uk.nhs.icb.caseworkflows.chc.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.chc.application.ChcListItem;
import uk.nhs.icb.caseworkflows.chc.application.ChcSearch;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.web.pages.PageTemplates;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** The CHC list refuses a search it cannot run beside the search box, not with a server error. */
class ChcListPageTest {

  private final PageTemplates templates = new PageTemplates(ChcListPageTest.class.getClassLoader());

  private static HttpServletRequest askingFor(String q) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ChcListPageTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getParameter" -> "q".equals(args[0]) ? q : null;
                  case "getParameterValues" -> "q".equals(args[0]) ? new String[] {q} : null;
                  case "getParameterMap" -> Map.of("q", new String[] {q});
                  case "getContextPath" -> "";
                  default -> null;
                });
  }

  @Test
  void aSearchWithAControlByteIsRefusedBesideTheBoxAndNotRun() {
    ChcListPage list = new ChcListPage();
    list.search =
        new ChcSearch() {
          @Override
          public Page<ChcListItem> search(Criteria criteria, PageRequest page) {
            throw new AssertionError("a refused search is not run");
          }
        };

    PageView view = list.page(askingFor("Smith\u0000"));
    Map<String, Object> model = new HashMap<>(view.model());
    model.put("contextPath", "");

    String html = templates.render(view.template(), model);
    assertThat(view.status()).isEqualTo(400);
    assertThat(html).contains("Must not contain control characters").contains("href=\"#q\"");
  }
}
