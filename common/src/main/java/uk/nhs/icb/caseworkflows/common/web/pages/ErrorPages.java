package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.http.ProblemResponses;

/**
 * The answer to every error the application did not answer itself: an address no servlet serves, a
 * method a page does not take, a failure that escaped a servlet (the application's web.xml names
 * this servlet as its default error page). Without it the server's own HTML page answered, naming
 * the server and its version. Under {@code /api} it answers problem+json as the rest of the API
 * does; elsewhere a page in the service's layout. Nothing of the failure is shown: a stack trace or
 * an exception's message could carry a person's details.
 */
@WebServlet(ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

  public static final String PATH = "/error";

  @Inject private PageRenderer pages;

  /** Every method: an error dispatch keeps the method of the request that failed. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = statusOf(request);
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    if (isApi(request)) {
      ProblemResponses.write(response, status, reasonPhrase(status), detail(status));
      return;
    }
    pages.render(request, response, page(status));
  }

  /** The status the failed request was to have; reached directly, this address serves nothing. */
  static int statusOf(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
            && status >= 400
            && status <= 599
        ? status
        : HttpServletResponse.SC_NOT_FOUND;
  }

  static boolean isApi(HttpServletRequest request) {
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
            ? failed
            : request.getRequestURI();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    return path.equals("/api") || path.startsWith("/api/");
  }

  static PageView page(int status) {
    if (status == HttpServletResponse.SC_NOT_FOUND
        || status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
      return new PageView("Page not found", "common/not-found", Map.of(), status);
    }
    if (status >= 500) {
      return new PageView(
          "Sorry, there is a problem with the service", "common/service-problem", Map.of(), status);
    }
    return new PageView(
        "Sorry, this request could not be handled", "common/request-problem", Map.of(), status);
  }

  private static String reasonPhrase(int status) {
    Response.StatusType known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }

  private static String detail(int status) {
    if (status == HttpServletResponse.SC_NOT_FOUND) {
      return "There is nothing at this address.";
    }
    if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
      return "This address does not take this method.";
    }
    return status >= 500
        ? "The service could not complete the request. Nothing it had not finished was kept."
        : "The request could not be handled as sent.";
  }
}
