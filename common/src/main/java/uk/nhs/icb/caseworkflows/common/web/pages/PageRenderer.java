package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * Renders a {@link PageView} inside the shared layout ({@code pages/common/layout.html}): NHS
 * header with the service name, the signed-in person, their role, the navigation and a sign-out
 * button; skip link; the one-time banner; footer. Every content template also sees {@code
 * contextPath} and {@code csrfToken}, so a form needs only {@code {{> common/csrf}}}.
 */
@ApplicationScoped
public class PageRenderer {

  public static final String SERVICE_NAME = "ICB Case Workflows";

  private final CurrentCaller currentCaller;
  private final Instance<PageNavigation> navigations;
  private final PageTemplates templates = new PageTemplates(PageRenderer.class.getClassLoader());

  @Inject
  public PageRenderer(CurrentCaller currentCaller, Instance<PageNavigation> navigations) {
    this.currentCaller = currentCaller;
    this.navigations = navigations;
  }

  protected PageRenderer() {
    this.currentCaller = null;
    this.navigations = null;
  }

  public void render(HttpServletRequest request, HttpServletResponse response, PageView page)
      throws IOException {
    Caller caller = request.getUserPrincipal() == null ? null : currentCaller.get();
    String html = html(request, page, caller, navigation(request, caller));
    response.setStatus(page.status());
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  /** A 403 in the layout, for a signed-in person whose role may not see this page. */
  public void forbidden(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    render(
        request,
        response,
        new PageView(
            "You do not have access to this page",
            "common/forbidden",
            Map.of("reason", reason),
            403));
  }

  /** A 410 in the layout, for a case destroyed at the end of its retention. */
  public void gone(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    render(
        request,
        response,
        new PageView("This case has been destroyed", "common/gone", Map.of("reason", reason), 410));
  }

  /** A 404 in the layout. */
  public void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    render(request, response, new PageView("Page not found", "common/not-found", Map.of(), 404));
  }

  String html(
      HttpServletRequest request, PageView page, Caller caller, List<Map<String, Object>> nav) {
    HttpSession session = request.getSession(true);
    Map<String, Object> shared = new HashMap<>();
    shared.put("contextPath", request.getContextPath());
    shared.put("csrfToken", CsrfToken.of(session));
    Map<String, Object> content = new HashMap<>(shared);
    content.putAll(new FormErrors().model());
    content.putAll(page.model());

    Map<String, Object> layout = new HashMap<>(shared);
    layout.put("title", page.title());
    layout.put("serviceName", SERVICE_NAME);
    // Already-rendered, already-escaped HTML of our own template: the one triple mustache.
    layout.put("content", templates.render(page.template(), content));
    layout.put("flash", Flash.take(request).orElse(null));
    layout.put("navigation", nav);
    layout.put("hasNavigation", !nav.isEmpty());
    if (caller != null) {
      layout.put("user", Map.of("name", caller.name(), "role", RoleNames.of(caller.roles())));
      layout.put("sessionSeconds", session.getMaxInactiveInterval());
    }
    return templates.render("common/layout", layout);
  }

  private List<Map<String, Object>> navigation(HttpServletRequest request, Caller caller) {
    if (caller == null || navigations == null) {
      return List.of();
    }
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return navigations.stream()
        .flatMap(navigation -> navigation.linksFor(caller).stream())
        .sorted(Comparator.comparingInt(PageNavigation.Link::order))
        .map(
            link -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("text", link.text());
              item.put("href", request.getContextPath() + link.path());
              item.put("current", path.equals(link.path()));
              return item;
            })
        .toList();
  }
}
