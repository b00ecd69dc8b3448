package uk.nhs.icb.caseworkflows.common.casework.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.casework.application.Reassignment;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.GoneProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.Flash;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/**
 * {@code /casework/<type>/<id>}: who works a case and how that changed, with the reassign form for
 * the team's manager; the form posts to {@code .../reassignment}. Problems come back beside the
 * fields; a refused role gets 403, an unknown case 404, a destroyed one 410.
 */
@WebServlet(CaseworkPages.PATH + "/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = Roles.ANY_CASE_WORKER))
public class CaseworkPages extends HttpServlet {

  static final String PATH = "/casework";

  private static final Pattern CASE = Pattern.compile("^/([a-z]+)/([A-Za-z0-9-]{1,100})$");
  private static final Pattern REASSIGNMENT =
      Pattern.compile("^/([a-z]+)/([A-Za-z0-9-]{1,100})/reassignment$");

  @Inject private CaseAssignments assignments;
  @Inject private CaseworkerSection section;
  @Inject private CurrentCaller currentCaller;
  @Inject private PageRenderer pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher matched = CASE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!matched.matches()) {
      pages.notFound(request, response);
      return;
    }
    String type = matched.group(1);
    String id = matched.group(2);
    try {
      pages.render(request, response, page(type, id, Map.of()));
    } catch (ForbiddenProblem | NotFoundProblem | GoneProblem refused) {
      refuse(request, response, refused);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher matched = REASSIGNMENT.matcher(path);
    if (!matched.matches()) {
      pages.notFound(request, response);
      return;
    }
    String type = matched.group(1);
    String id = matched.group(2);
    Map<String, String> typed = new HashMap<>();
    typed.put("caseworker", text(request, "caseworker"));
    typed.put("reason", text(request, "reason"));
    FormErrors errors = new FormErrors();
    try {
      CaseAssignment moved =
          assignments.reassign(
              type,
              id,
              new Reassignment(typed.get("caseworker"), typed.get("reason"), version(request)));
      Flash.success(
          request, "The case and its open tasks were reassigned to " + moved.caseworker() + ".");
      response.sendRedirect(request.getContextPath() + PATH + "/" + type + "/" + id);
      return;
    } catch (InvalidInputException invalid) {
      for (FieldError error : invalid.errors()) {
        errors.add(error.field(), messageFor(error));
      }
    } catch (ConflictProblem stale) {
      errors.add("caseworker", stale.getMessage());
    } catch (ForbiddenProblem | NotFoundProblem | GoneProblem refused) {
      refuse(request, response, refused);
      return;
    }
    try {
      pages.render(request, response, page(type, id, typed).withErrors(errors));
    } catch (ForbiddenProblem | NotFoundProblem | GoneProblem refused) {
      refuse(request, response, refused);
    }
  }

  private PageView page(String type, String id, Map<String, String> typed) {
    Caller viewer = currentCaller.get();
    Map<String, Object> model = new HashMap<>();
    model.put(CaseworkerSection.KEY, section.model(viewer, type, id, typed));
    return PageView.of("Caseworker", "casework/case", model);
  }

  private static String messageFor(FieldError error) {
    String reason = error.reason();
    // The domain's own sentences start with a capital; its short reasons follow the field's name.
    if (!reason.isEmpty() && Character.isUpperCase(reason.charAt(0))) {
      return reason;
    }
    return (error.field().equals("reason") ? "The reason " : "The new caseworker ") + reason;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Exception refused)
      throws IOException {
    if (refused instanceof ForbiddenProblem) {
      pages.forbidden(request, response, refused.getMessage());
    } else if (refused instanceof GoneProblem) {
      pages.gone(request, response, refused.getMessage());
    } else {
      pages.notFound(request, response);
    }
  }

  /** The version the form was rendered with; a garbled one counts as stale. */
  private static Long version(HttpServletRequest request) {
    String sent = text(request, "version");
    if (sent.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(sent.strip());
    } catch (NumberFormatException garbled) {
      return -1L;
    }
  }

  private static String text(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value;
  }
}
