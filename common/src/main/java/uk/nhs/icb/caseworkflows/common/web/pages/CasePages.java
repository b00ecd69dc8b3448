package uk.nhs.icb.caseworkflows.common.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The pages of one kind of case: {@code <path>} (the case list), {@code <path>/<intake>} (a new
 * case), {@code <path>/{id}} (the case page) and {@code <path>/{id}/{form}} (a {@link CaseForm},
 * posted back to the same address). Only the workflow's team gets in, and a form only for its
 * roles. A completed step returns the person to their task list with a banner; a form that only
 * records something returns to the case page. A missing case is a 404 page, a destroyed one a 410.
 *
 * @param <F> what the workflow reads of a case to show its forms
 */
public abstract class CasePages<F> extends HttpServlet {

  private static final String TASKS = "/tasks";
  private static final Pattern CASE = Pattern.compile("/([A-Za-z0-9-]{1,64})");
  private static final Pattern FORM = Pattern.compile("/([A-Za-z0-9-]{1,64})/([a-z-]{1,40})");

  @Inject CurrentCaller currentCaller;
  @Inject PageRenderer pages;
  @Inject DocumentSettings documentSettings;

  /** The pages' address, such as {@code /complaints}. */
  protected abstract String path();

  /** The roles that may see these cases at all. */
  protected abstract Set<String> team();

  /** Why {@code caller} may not see these cases, for the 403 page. */
  protected abstract String noAccess(Caller caller);

  /** Why someone of the team may not use a form meant for other roles. */
  protected abstract String notForYou();

  /** The longest answers the workflow's fields take. */
  protected abstract FieldLimits limits();

  protected abstract PageView listPage(HttpServletRequest request);

  protected abstract PageView casePage(String id, HttpServletRequest request);

  /** The intake form of a new case. */
  protected abstract Intake intake();

  /** The form at that address segment, if the workflow has one. */
  protected abstract Optional<? extends CaseForm<F>> form(String path);

  /** Reads the case for a form; throws {@link NotFoundProblem} or {@link GoneProblem}. */
  protected abstract <T> T read(String id, Function<F, T> reader);

  /** The case's reference, as people quote it. */
  protected abstract String referenceOf(F file);

  /** The form that records a new case. */
  public interface Intake {

    /** The last segment of its address. */
    String path();

    String firstField();

    PageView page(FormValues typed);

    /** Records the case; returns its id, or null when {@code typed} has errors. */
    String submit(FormValues typed);

    /** The banner after a case was recorded. */
    String banner();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean posted)
      throws IOException {
    Caller caller = currentCaller.get();
    if (!caller.hasAnyRole(team())) {
      pages.forbidden(request, response, noAccess(caller));
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      if (path.equals("/" + intake().path())) {
        if (posted) {
          receive(request, response, FormValues.of(request, limits()));
        } else {
          pages.render(request, response, intake().page(FormValues.empty()));
        }
        return;
      }
      Matcher oneCase = CASE.matcher(path);
      if (!posted && (path.isEmpty() || path.equals("/"))) {
        pages.render(request, response, listPage(request));
      } else if (!posted && oneCase.matches()) {
        pages.render(request, response, casePage(oneCase.group(1), request));
      } else {
        Matcher form = FORM.matcher(path);
        Optional<? extends CaseForm<F>> step =
            form.matches() ? form(form.group(2)) : Optional.empty();
        if (step.isEmpty()) {
          pages.notFound(request, response);
        } else if (!caller.hasAnyRole(step.get().roles())) {
          pages.forbidden(request, response, notForYou());
        } else if (posted) {
          send(request, response, step.get(), form.group(1));
        } else {
          pages.render(request, response, formPage(step.get(), form.group(1), FormValues.empty()));
        }
      }
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
    } catch (GoneProblem destroyed) {
      pages.gone(request, response, destroyed.getMessage());
    }
  }

  /** A posted form: done, with a banner and onwards; or shown again with its messages. */
  private void send(
      HttpServletRequest request, HttpServletResponse response, CaseForm<F> step, String id)
      throws IOException {
    FormValues typed = FormValues.of(request, limits());
    String banner = attempt(step.firstField(), typed, () -> submit(step, id, typed));
    if (banner == null) {
      pages.render(request, response, formPage(step, id, typed).withErrors(typed.errors()));
      return;
    }
    Flash.success(request, banner);
    response.sendRedirect(
        request.getContextPath() + (step.completesStep() ? TASKS : path() + "/" + id + "#actions"));
  }

  /** A step's work; a file the store refused (it re-checks) is reported beside its field. */
  private String submit(CaseForm<F> step, String id, FormValues typed) {
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
    String id = attempt(intake().firstField(), typed, () -> intake().submit(typed));
    if (id == null) {
      pages.render(request, response, intake().page(typed).withErrors(typed.errors()));
      return;
    }
    Flash.success(request, intake().banner());
    response.sendRedirect(request.getContextPath() + path() + "/" + id);
  }

  /**
   * Runs a form's work and returns what it returned (a banner, a new id), or null when there are
   * messages for the form. A rule of the case (409) or a value the use case refused (400) becomes a
   * message in the error summary, and nothing was stored: the use case's transaction rolled back. A
   * refused field the form has no input for is reported at {@code firstField}.
   */
  public static String attempt(String firstField, FormValues typed, Supplier<String> work) {
    return attempt(
        firstField,
        typed,
        work,
        error ->
            new FormErrors.FieldProblem(
                typed.typed(error.field()).isEmpty() ? firstField : error.field(),
                PageText.sentence(error.reason())));
  }

  /** As above, with the form's own wording and place for each value the use case refused. */
  public static String attempt(
      String firstField,
      FormValues typed,
      Supplier<String> work,
      Function<FieldError, FormErrors.FieldProblem> placing) {
    if (!typed.errors().isEmpty()) {
      return null;
    }
    try {
      String banner = work.get();
      return typed.errors().isEmpty() ? banner : null;
    } catch (InvalidInputException refused) {
      for (FieldError error : refused.errors()) {
        FormErrors.FieldProblem problem = placing.apply(error);
        typed.errors().add(problem.fieldId(), problem.message());
      }
      return null;
    } catch (ConflictProblem notNow) {
      typed.errors().add(firstField, notNow.getMessage());
      return null;
    }
  }

  private PageView formPage(CaseForm<F> step, String id, FormValues typed) {
    return read(
        id,
        file -> {
          Map<String, Object> model = new HashMap<>(step.model(file, typed));
          String reference = referenceOf(file);
          model.put("casePath", path());
          model.put("caseId", id);
          model.put("reference", reference);
          model.put("formTitle", step.title());
          model.put("action", step.path());
          return PageView.of(step.title() + " - " + reference, step.template(), model);
        });
  }
}
