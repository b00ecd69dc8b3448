package uk.nhs.icb.caseworkflows.app.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form. The authentication mechanism checks a posted form before this page runs: a
 * signed-in caller is sent home, anyone else sees the form again with the error.
 */
@WebServlet("/login")
public class SignInPage extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    render(response, false);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() != null) {
      response.sendRedirect(request.getContextPath() + "/home");
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    render(response, true);
  }

  private static void render(HttpServletResponse response, boolean failed) throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    String error =
        failed
            ? "<div role=\"alert\"><h2>There is a problem</h2>"
                + "<p>The user name or password is not right.</p></div>"
            : "";
    response
        .getWriter()
        .write(
            Html.page(
                "Sign in",
                "<h1>Sign in</h1>"
                    + error
                    + "<form method=\"post\" action=\"login\">"
                    + "<label for=\"username\">User name</label>"
                    + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required>"
                    + "<label for=\"password\">Password</label>"
                    + "<input id=\"password\" name=\"password\" type=\"password\""
                    + " autocomplete=\"current-password\" required>"
                    + "<button type=\"submit\">Sign in</button></form>"));
  }
}
