package uk.nhs.icb.caseworkflows.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/** Who is signed in, in which role; the start of every session. Anonymous callers go to sign in. */
@WebServlet(urlPatterns = {"/home", ""})
@ServletSecurity(
    @HttpConstraint(
        rolesAllowed = {
          Roles.COMPLAINTS_HANDLER,
          Roles.COMPLAINTS_MANAGER,
          Roles.CHC_ASSESSOR,
          Roles.CHC_PANEL,
          Roles.IFR_COORDINATOR,
          Roles.IFR_PANEL,
          Roles.IG_OFFICER,
          Roles.CALDICOTT_GUARDIAN,
          Roles.GOVERNING_BODY
        }))
public class HomePage extends HttpServlet {

  @Inject private CurrentCaller currentCaller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentCaller.get();
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            Html.page(
                "Home",
                "<h1>ICB Case Workflows</h1><p>Signed in as <strong id=\"user\">"
                    + Html.escape(caller.name())
                    + "</strong> (<span id=\"roles\">"
                    + Html.escape(caller.rolesAsText())
                    + "</span>)</p>"
                    + "<form method=\"post\" action=\""
                    + request.getContextPath()
                    + "/logout\"><button type=\"submit\">Sign out</button></form>"));
  }
}
