package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePageModel;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;

/**
 * The probe's pages on the web kit: {@code /probe-cases/{id}} (its case page: what to do next, the
 * finding, letters, consents and history) and {@code /probe-cases/{id}/review} (the form that
 * completes its review step). There is no list and no intake page: the container tests open probe
 * cases through the probe's REST door.
 */
@WebServlet(urlPatterns = {"/probe-cases", "/probe-cases/*"})
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class ProbeCasePages extends CasePages<ProbeCase> {

  private static final String PATH = "/probe-cases";

  private static final StepLinks<ProbeCase> STEP_FORMS =
      new StepLinks<ProbeCase>().at(ProbeTask.REVIEW.key(), "review", "Review the case", true);

  @Inject private ProbeReview review;
  @Inject private ProbeReviewForm reviewForm;
  @Inject private ProbeCaseAccess access;

  @Override
  protected FieldLimits limits() {
    return new FieldLimits(Map.of(ProbeReviewForm.FINDING, ProbeCase.FINDING_LENGTH));
  }

  /** The probe's team is the one its letters and documents are shown to. */
  @Override
  protected Set<String> team() {
    return access.rolesThatMaySee();
  }

  @Override
  protected String path() {
    return PATH;
  }

  /** The same words for every role outside the team: the probe is not theirs. */
  @Override
  protected String noAccess(Caller caller) {
    return "Probe cases are the complaints team's.";
  }

  @Override
  protected PageView listPage(HttpServletRequest request) {
    throw new NotFoundProblem("Probe cases have no list.");
  }

  /** A manager sees a probe case but leaves its review to the handlers. */
  @Override
  protected String notForYou() {
    return "Only a complaints handler reviews a probe case.";
  }

  @Override
  protected PageView casePage(String id, HttpServletRequest request) {
    ProbeFile file = review.file(id);
    ProbeCase probe = file.probe();
    List<String> waitingAt =
        file.records().openSteps().stream().map(CaseTask::definitionKey).toList();
    Map<String, Object> model =
        new CasePageModel(
                id, probe.reference(), probe.isClosed() ? "Closed" : "Open", probe.isClosed())
            .actions(STEP_FORMS.forSteps(waitingAt, probe))
            .consents(file.records().consents())
            .letters(file.records().letters(), request.getContextPath(), ProbeCase.TYPE)
            .history(file.records().history())
            .put("finding", probe.finding())
            .toMap();
    return PageView.of("Probe case " + probe.reference(), "probe/case", model);
  }

  @Override
  protected Intake intake() {
    return NO_INTAKE;
  }

  @Override
  protected Optional<ProbeReviewForm> form(String path) {
    return Optional.of(reviewForm).filter(form -> form.path().equals(path));
  }

  @Override
  protected <T> T read(String id, Function<ProbeCase, T> reader) {
    return review.read(id, reader);
  }

  @Override
  protected String referenceOf(ProbeCase probe) {
    return probe.reference();
  }

  /** Probe cases are opened by the tests' REST door: the intake's address answers 404. */
  private static final Intake NO_INTAKE = new NoIntake("new", "none", "");

  private record NoIntake(String path, String firstField, String banner) implements Intake {

    @Override
    public PageView page(FormValues typed) {
      throw new NotFoundProblem("Probe cases are opened by the tests' REST door.");
    }

    @Override
    public String submit(FormValues typed) {
      return page(typed).title();
    }
  }
}
