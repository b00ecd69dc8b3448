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
 * An API call whose Accept header is not a list of media ranges (such as {@code %%%/;;;}) gets 406
 * problem+json here: the REST layer fails to parse such a header before its exception mappers, and
 * the server answered with its HTML error page (found by ReliabilityIT's hostile headers).
 */
@WebFilter(filterName = "accept-check", urlPatterns = "/api/*")
public class AcceptCheck extends HttpFilter {

  private static final String TOKEN = "[\\w!#$%&'*+.^`|~-]+";

  /** One media range with its parameters (a quality among them), as RFC 9110 spells them. */
  private static final Pattern MEDIA_RANGE =
      Pattern.compile(
          "\\s*"
              + TOKEN
              + "/"
              + TOKEN
              + "\\s*(;\\s*"
              + TOKEN
              + "\\s*=\\s*(\"[^\"]*\"|"
              + TOKEN
              + ")\\s*)*");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String accept = request.getHeader("Accept");
    if (accept != null && !isMediaRangeList(accept)) {
      ProblemResponses.write(
          response,
          406,
          "Not Acceptable",
          "The Accept header is not a list of media types; this address answers application/json.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether {@code accept} is empty or a comma-separated list of media ranges. */
  static boolean isMediaRangeList(String accept) {
    if (accept.isBlank()) {
      return true;
    }
    for (String range : accept.split(",", -1)) {
      if (!MEDIA_RANGE.matcher(range).matches()) {
        return false;
      }
    }
    return true;
  }
}
