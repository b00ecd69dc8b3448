package uk.nhs.icb.caseworkflows.common.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * An API call whose Content-Type header is present but not a media type (empty, or text without a
 * slash) gets 415 problem+json here: the REST layer fails on such a header before its exception
 * mappers, and the server would answer with an HTML error page.
 */
@WebFilter(filterName = "content-type-check", urlPatterns = "/api/*")
public class ContentTypeCheck extends HttpFilter {

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("\\s*[\\w!#$%&'*+.^`|~-]+/[\\w!#$%&'*+.^`|~-]+\\s*(;.*)?", Pattern.DOTALL);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getHeader("Content-Type");
    if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
      ProblemResponses.write(
          response,
          415,
          "Unsupported Media Type",
          "The Content-Type header is not a media type; this address speaks application/json.");
      return;
    }
    chain.doFilter(request, response);
  }
}
