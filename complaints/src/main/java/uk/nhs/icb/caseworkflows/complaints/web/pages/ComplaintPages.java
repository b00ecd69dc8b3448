package uk.nhs.icb.caseworkflows.complaints.web.pages;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentContentCheck;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.ContentProblem;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.GoneProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.Flash;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.RoleNames;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCaseAccess;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;

/**
 * The complaint case pages: {@code /complaints} (the case list), {@code /complaints/{id}} (the case
 * page) and {@code /complaints/{id}/{form}} (a step's form, posted back to the same address). A
 * completed step returns the handler to their task list with a banner; a form that only records
 * something (evidence, a clock stop) returns to the case page.
 */
@WebServlet(urlPatterns = {"/complaints", "/complaints/*"})
// The evidence form carries a file. Parts stay in memory (no personal data in temporary files):
// RequestSizeLimit has already refused a form beyond the document limit and the form allowance;
// this cap only backs it up.
@MultipartConfig(
    fileSizeThreshold = ComplaintPages.MAX_FORM_BYTES,
    maxFileSize = ComplaintPages.MAX_FORM_BYTES,
    maxRequestSize = ComplaintPages.MAX_FORM_BYTES)
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
public class ComplaintPages extends HttpServlet {

  static final String PATH = "/complaints";
  static final int MAX_FORM_BYTES = 64 * 1024 * 1024;
  private static final String TASKS = "/tasks";
  private static final Pattern CASE = Pattern.compile("/([A-Za-z0-9-]{1,64})");
  private static final Pattern FORM = Pattern.compile("/([A-Za-z0-9-]{1,64})/([a-z-]{1,40})");

  @Inject private CurrentCaller currentCaller;
  @Inject private PageRenderer pages;
  @Inject private ComplaintFileReading reading;
  @Inject private ComplaintListPage list;
  @Inject private ComplaintCasePage casePage;
  @Inject private ComplaintIntakeForm intakeForm;
  @Inject private Instance<StepForm> forms;
  @Inject private DocumentSettings documentSettings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentCaller.get();
    if (!mayWorkComplaints(caller)) {
      pages.forbidden(request, response, noComplaints(caller));
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      if (path.isEmpty() || path.equals("/")) {
        pages.render(request, response, list.page(request));
        return;
      }
      if (path.equals("/" + ComplaintIntakeForm.PATH)) {
        pages.render(request, response, intakeForm.page(FormValues.empty()));
        return;
      }
      Matcher oneCase = CASE.matcher(path);
      if (oneCase.matches()) {
        pages.render(request, response, casePage.page(oneCase.group(1), request));
        return;
      }
      Matcher form = FORM.matcher(path);
      Optional<StepForm> step = form.matches() ? formAt(form.group(2)) : Optional.empty();
      if (step.isEmpty()) {
        pages.notFound(request, response);
      } else if (!caller.hasAnyRole(step.get().roles())) {
        pages.forbidden(request, response, "Only a complaints manager does this step.");
      } else {
        pages.render(request, response, formPage(step.get(), form.group(1), FormValues.empty()));
      }
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
    } catch (GoneProblem destroyed) {
      pages.gone(request, response, destroyed.getMessage());
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = currentCaller.get();
    if (!mayWorkComplaints(caller)) {
      pages.forbidden(request, response, noComplaints(caller));
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    FormValues typed = FormValues.of(request);
    try {
      if (path.equals("/" + ComplaintIntakeForm.PATH)) {
        receive(request, response, typed);
        return;
      }
      Matcher form = FORM.matcher(path);
      Optional<StepForm> found = form.matches() ? formAt(form.group(2)) : Optional.empty();
      if (found.isEmpty()) {
        pages.notFound(request, response);
        return;
      }
      StepForm step = found.get();
      if (!caller.hasAnyRole(step.roles())) {
        pages.forbidden(request, response, "Only a complaints manager does this step.");
        return;
      }
      String id = form.group(1);
      String banner = attempt(step.firstField(), typed, () -> submit(step, id, typed));
      if (banner == null) {
        pages.render(request, response, formPage(step, id, typed).withErrors(typed.errors()));
        return;
      }
      Flash.success(request, banner);
      response.sendRedirect(
          request.getContextPath()
              + (step instanceof RecordingForm ? PATH + "/" + id + "#actions" : TASKS));
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
    } catch (GoneProblem destroyed) {
      pages.gone(request, response, destroyed.getMessage());
    }
  }

  /** A step's work; a file the store refused (it re-checks) is reported beside its field. */
  private String submit(StepForm step, String id, FormValues typed) {
    try {
      return step.submit(id, typed);
    } catch (ContentProblem refused) {
      typed
          .errors()
          .add(
              refused.field().field(),
              DocumentContentCheck.sentenceFor(
                  refused.status() == 413
                      ? DocumentContentCheck.Refusal.TOO_LARGE
                      : DocumentContentCheck.Refusal.NOT_ALLOWED,
                  documentSettings.maxInWords()));
      return null;
    }
  }

  private void receive(HttpServletRequest request, HttpServletResponse response, FormValues typed)
      throws IOException {
    String id = attempt(ComplaintIntakeForm.FIRST_FIELD, typed, () -> intakeForm.submit(typed));
    if (id == null) {
      pages.render(request, response, intakeForm.page(typed).withErrors(typed.errors()));
      return;
    }
    Flash.success(request, "The complaint was recorded and its first step is on the task list.");
    response.sendRedirect(request.getContextPath() + PATH + "/" + id);
  }

  /**
   * Runs a form's work and returns what it returned (a banner, a new id), or null when there are
   * messages for the form. A rule of the case (409) or a value the use case refused (400) becomes a
   * message in the error summary, and nothing was stored: the use case's transaction rolled back.
   */
  private static String attempt(
      String firstField, FormValues typed, java.util.function.Supplier<String> work) {
    if (!typed.errors().isEmpty()) {
      return null;
    }
    try {
      String banner = work.get();
      return typed.errors().isEmpty() ? banner : null;
    } catch (InvalidInputException refused) {
      for (FieldError error : refused.errors()) {
        String field = typed.typed(error.field()).isEmpty() ? firstField : error.field();
        typed.errors().add(field, ComplaintText.sentence(error.reason()));
      }
      return null;
    } catch (ConflictProblem notNow) {
      typed.errors().add(firstField, notNow.getMessage());
      return null;
    }
  }

  private PageView formPage(StepForm step, String id, FormValues typed) {
    return reading.read(
        id,
        file -> {
          Map<String, Object> model = new HashMap<>(step.model(file, typed));
          model.put("complaintId", id);
          model.put("reference", file.complaint().reference().formatted());
          model.put("formTitle", step.title());
          model.put("action", step.path());
          return PageView.of(
              step.title() + " - " + file.complaint().reference().formatted(),
              step.template(),
              model);
        });
  }

  private Optional<StepForm> formAt(String path) {
    return forms.stream().filter(form -> form.path().equals(path)).findFirst();
  }

  static boolean mayWorkComplaints(Caller caller) {
    return caller.hasAnyRole(ComplaintCaseAccess.COMPLAINTS_TEAM);
  }

  private static String noComplaints(Caller caller) {
    return "Complaints are seen only by the complaints team. Your role ("
        + RoleNames.of(caller.roles())
        + ") does not give access to them.";
  }
}
