package uk.nhs.icb.caseworkflows.complaints.stories.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.Flash;
import uk.nhs.icb.caseworkflows.common.web.pages.FormErrors;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageRenderer;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryConsent;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryDrafting;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryReading;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryReviewing;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.ConsentAnswer;

/**
 * {@value #PATH}: the stories under way or published; {@code /stories/<id>}: one story with the
 * form its stage needs (an answer to the letter asking consent, the draft, the review beside the
 * original, withdrawal). The complaints team and the Caldicott Guardian only; anyone else, the
 * governing body included, gets the forbidden page. A refused answer is shown beside its field and
 * nothing is stored.
 */
@WebServlet(StoryPages.PATH + "/*")
// Any signed-in person; the servlet checks the role itself, to explain a refusal in a page.
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class StoryPages extends HttpServlet {

  static final String PATH = "/stories";
  static final Set<String> READERS =
      Set.of(Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER, Roles.CALDICOTT_GUARDIAN);
  static final Set<String> TEAM = Set.of(Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER);

  /** The form's inputs, and how a message names each. */
  private static final Map<String, String> LABELS =
      Map.of(
          "concern", "the concern",
          "improvements", "the improvements made",
          "procedure", "how the procedure went",
          "comments", "comments",
          "person", "who answered");

  private static final Pattern STORY = Pattern.compile("^/([A-Za-z0-9-]{1,100})$");
  private static final Pattern ACTION =
      Pattern.compile("^/([A-Za-z0-9-]{1,100})/(consent-answer|draft|review|withdrawal)$");

  @Inject private transient PageRenderer pages;
  @Inject private transient CurrentCaller caller;
  @Inject private transient StoryReading reading;
  @Inject private transient StoryConsent consent;
  @Inject private transient StoryDrafting drafting;
  @Inject private transient StoryReviewing reviewing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!mayRead(request, response)) {
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      if (path.isEmpty() || path.equals("/")) {
        pages.render(request, response, StoryPageModels.list(reading.current()));
        return;
      }
      Matcher story = STORY.matcher(path);
      if (!story.matches()) {
        pages.notFound(request, response);
        return;
      }
      pages.render(
          request,
          response,
          StoryPageModels.story(reading.of(story.group(1)), caller.get(), FormValues.empty()));
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!mayRead(request, response)) {
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher action = ACTION.matcher(path);
    if (!action.matches()) {
      pages.notFound(request, response);
      return;
    }
    String id = action.group(1);
    FormValues typed = FormValues.of(request, FieldLimits.NONE);
    try {
      String banner =
          switch (action.group(2)) {
            case "consent-answer" -> attempt("person", typed, () -> answer(id, typed));
            case "draft" -> attempt("concern", typed, () -> draft(id, typed));
            case "review" -> attempt("approved-yes", typed, () -> review(id, typed));
            default -> attempt("withdraw", typed, () -> withdraw(id, typed));
          };
      if (banner != null) {
        Flash.success(request, banner);
        response.sendRedirect(request.getContextPath() + PATH + "/" + id);
        return;
      }
      pages.render(
          request,
          response,
          StoryPageModels.story(reading.of(id), caller.get(), typed).withErrors(typed.errors()));
    } catch (NotFoundProblem missing) {
      pages.notFound(request, response);
    } catch (ForbiddenProblem notYours) {
      pages.forbidden(request, response, notYours.getMessage());
    }
  }

  /** Runs a form; a refused value goes beside its own input, or beside the form's first one. */
  private static String attempt(String first, FormValues typed, Supplier<String> work) {
    return CasePages.attempt(
        first,
        typed,
        work,
        error -> {
          String label = LABELS.get(error.field());
          return new FormErrors.FieldProblem(
              label == null ? first : error.field(),
              PageText.sentence(label == null ? error.reason() : label + " " + error.reason()));
        });
  }

  private String answer(String id, FormValues typed) {
    requireTeam();
    String person = typed.text("person", "Choose who answered");
    ConsentAnswer answer =
        typed.choice("answer", ConsentAnswer.class, ConsentAnswer.GIVEN, "Choose their answer");
    if (person == null || answer == null) {
      return null;
    }
    if (answer == ConsentAnswer.NO_REPLY) {
      typed.errors().add("answer-GIVEN", "Choose given or refused");
      return null;
    }
    consent.answer(id, person, answer, typed.version());
    return "The answer of the " + person + " was recorded.";
  }

  private String draft(String id, FormValues typed) {
    requireTeam();
    drafting.draft(
        id,
        typed.typed("concern"),
        typed.typed("improvements"),
        typed.typed("procedure"),
        typed.version());
    return "The story was redacted and sent to the complaints manager for review.";
  }

  private String review(String id, FormValues typed) {
    // The reviewer's role before the form's answers: a handler gets the forbidden page, as from
    // the REST twin, not a message about the form.
    reviewing.requireReviewer();
    Boolean approved = typed.yesNo("approved", "Choose whether you approve the story");
    if (approved == null) {
      return null;
    }
    reviewing.review(id, approved, typed.typed("comments"), typed.version());
    return approved ? "You approved the story." : "The story was returned to the draft.";
  }

  private String withdraw(String id, FormValues typed) {
    requireTeam();
    consent.withdraw(id, typed.version());
    return "Consent was withdrawn: the story will not appear in any future report.";
  }

  private void requireTeam() {
    if (!caller.get().hasAnyRole(TEAM)) {
      throw new ForbiddenProblem("Only the complaints team records consent and drafts stories.");
    }
  }

  private boolean mayRead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller who = caller.get();
    if (!who.hasAnyRole(READERS)) {
      pages.forbidden(
          request,
          response,
          "Only the complaints team and the Caldicott Guardian see stories before publication.");
      return false;
    }
    return true;
  }
}
