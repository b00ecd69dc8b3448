package uk.nhs.icb.caseworkflows.common.security.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.SignInFailureTally;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;

/**
 * {@code /sign-in-refusals}: wrong passwords, throttled attempts, refused tokens and refused
 * answers from the provider, counted per source on this node, for information-governance officers
 * only. Read-only; the counts are the same ones the log reports every period.
 */
@WebServlet(SignInRefusalsPage.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.IG_OFFICER))
public class SignInRefusalsPage extends HttpServlet {

  static final String PATH = "/sign-in-refusals";

  @Inject private SignInFailureTally refusals;
  @Inject private PageRenderer pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    pages.render(
        request,
        response,
        SignInRefusalsModel.page(refusals.current(), refusals.recent(), refusals.countingSince()));
  }
}
