package uk.nhs.icb.caseworkflows.common.http;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A problem+json answer written by a servlet filter or the authentication mechanism, where the REST
 * layer's mappers never run.
 */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
    response.flushBuffer();
  }
}
