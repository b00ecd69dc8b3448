package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagrams;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseForm;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePageModel;
import uk.nhs.icb.caseworkflows.common.web.pages.CasePages;
import uk.nhs.icb.caseworkflows.common.web.pages.CaseSections;
import uk.nhs.icb.caseworkflows.common.web.pages.FieldLimits;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;
import uk.nhs.icb.caseworkflows.common.web.pages.StepLinks;
import uk.nhs.icb.caseworkflows.ifr.application.IfrFileReading;
import uk.nhs.icb.caseworkflows.ifr.application.IfrTask;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.TreatmentRequested;

/**
 * The coordinators' pages: {@code /ifr} (the newest requests), {@code /ifr/{id}} (the request, what
 * to do next, where it is in the process, letters and history), {@code /ifr/new} (logging what a
 * clinician sent) and one form per step.
 */
@WebServlet(urlPatterns = {"/ifr", "/ifr/*"})
// The intake and evidence forms carry a file. Parts stay in memory (no personal data in temporary
// files): RequestSizeLimit has already refused a form beyond the document limit and the form
// allowance (IfrUploadPaths); this cap only backs it up.
@MultipartConfig(
    fileSizeThreshold = IfrPages.MAX_FORM_BYTES,
    maxFileSize = IfrPages.MAX_FORM_BYTES,
    maxRequestSize = IfrPages.MAX_FORM_BYTES)
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class IfrPages extends CasePages<FundingRequest> {

  static final String PATH = "/ifr";
  static final int MAX_FORM_BYTES = 64 * 1024 * 1024;

  private static final StepLinks<FundingRequest> STEP_FORMS =
      new StepLinks<FundingRequest>()
          .at(IfrTask.SCREEN.key(), ScreeningForm.PATH, "Screen the request", true)
          .at(
              IfrTask.RECORD_OUTCOME_REPORT.key(),
              OutcomeReportForm.PATH,
              "Record the outcome report",
              true);

  @Inject IfrFileReading reading;
  @Inject IfrListPage list;
  @Inject ProcessDiagrams diagrams;
  @Inject ScreeningForm screening;
  @Inject InformationReceivedForm informationReceived;
  @Inject OutcomeReportForm outcomeReport;
  @Inject IfrIntakeForm intake;
  @Inject ChairsActionForm chairsAction;
  @Inject ReviewDecisionForm reviewDecision;
  @Inject PanelPack pack;
  @Inject CurrentCaller caller;
  @Inject ReviewRequestForm reviewRequest;
  @Inject ReconsiderationForm reconsideration;
  @Inject EvidenceForm evidence;

  @Override
  protected String path() {
    return PATH;
  }

  /** The panel opens a request here too, from its task list, and sees only its paper. */
  @Override
  protected Set<String> team() {
    return Set.of(Roles.IFR_COORDINATOR, Roles.IFR_PANEL);
  }

  @Override
  protected String noAccess(Caller caller) {
    return "Funding requests are the IFR team's.";
  }

  @Override
  protected String notForYou() {
    return "This step is another IFR role's: coordinators log and screen, the panel decides.";
  }

  private boolean isCoordinator() {
    return caller.get().roles().contains(Roles.IFR_COORDINATOR);
  }

  @Override
  protected FieldLimits limits() {
    Map<String, Integer> limits = new java.util.HashMap<>(IfrIntakeForm.LIMITS);
    limits.put(ScreeningForm.NOTE, TreatmentRequested.TEXT_LENGTH);
    limits.put(OutcomeReportForm.REPORT, TreatmentRequested.TEXT_LENGTH);
    limits.put(ReviewRequestForm.STATED_CASE, TreatmentRequested.TEXT_LENGTH);
    limits.put(ReconsiderationForm.NEW_INFORMATION, TreatmentRequested.TEXT_LENGTH);
    limits.put(PanelDecisionForm.REASONS, TreatmentRequested.TEXT_LENGTH);
    limits.put(PanelDecisionForm.DIFFERENT_REASONS, TreatmentRequested.TEXT_LENGTH);
    limits.put(PanelDecisionForm.BENEFIT_REASONS, TreatmentRequested.TEXT_LENGTH);
    limits.put(PanelDecisionForm.CONDITIONS, TreatmentRequested.TEXT_LENGTH);
    return new FieldLimits(limits);
  }

  @Override
  protected PageView listPage(HttpServletRequest request) {
    if (isCoordinator()) {
      return list.page(request);
    }
    // The list names patients: the panel is shown none, and pointed to its meetings.
    return PageView.of("Individual funding requests", "ifr/list", Map.of("coordinator", false));
  }

  @Override
  protected PageView casePage(String id, HttpServletRequest request) {
    if (!isCoordinator()) {
      return PanelCasePage.of(id, request.getContextPath(), pack.forRequest(id));
    }
    return reading.read(id, file -> page(file, request));
  }

  private PageView page(IfrFileReading.IfrFile file, HttpServletRequest request) {
    FundingRequest ifr = file.request();
    List<String> waitingAt =
        file.records().openSteps().stream().map(CaseTask::definitionKey).toList();
    List<Map<String, Object>> actions = new ArrayList<>(STEP_FORMS.forSteps(waitingAt, ifr));
    if (ifr.screening() != null && ifr.screening().isPaused()) {
      actions.add(
          Map.of(
              "id",
              ifr.id(),
              "path",
              InformationReceivedForm.PATH,
              "text",
              "Record the clinician's reply",
              "primary",
              true));
    }
    if (ifr.status() == uk.nhs.icb.caseworkflows.ifr.domain.IfrStatus.DECIDED
        && !waitingAt.contains(IfrTask.RECORD_OUTCOME_REPORT.key())) {
      actions.add(
          Map.of(
              "id",
              ifr.id(),
              "path",
              ReviewRequestForm.PATH,
              "text",
              "Record a request for review",
              "primary",
              false));
      actions.add(
          Map.of(
              "id",
              ifr.id(),
              "path",
              ReconsiderationForm.PATH,
              "text",
              "Reconsider on new clinical information",
              "primary",
              false));
    }
    if (!ifr.isClosed()) {
      actions.add(
          Map.of(
              "id",
              ifr.id(),
              "path",
              EvidenceForm.PATH,
              "text",
              "Attach evidence the clinician sent",
              "primary",
              false));
    }
    CasePageModel page =
        new CasePageModel(
                ifr.id(), ifr.reference().formatted(), ifr.status().label(), ifr.isClosed())
            .actions(actions)
            .openSteps(file.records().openSteps().stream().map(CaseTask::name).toList())
            .consents(file.records().consents())
            .letters(file.records().letters(), request.getContextPath(), FundingRequest.CASE_TYPE)
            .history(file.records().history())
            .listed("summary", summary(file))
            .listed("deadlines", deadlines(ifr))
            .listed(
                "documents",
                file.evidence().stream()
                    .map(
                        document ->
                            CaseSections.document(
                                document,
                                request.getContextPath()
                                    + "/api/ifr/"
                                    + ifr.id()
                                    + "/documents/"
                                    + document.id()))
                    .toList());
    diagrams.ofCase(ifr.id()).ifPresent(diagram -> page.diagram(diagram.summary(), diagram.svg()));
    return PageView.of("Funding request " + ifr.reference().formatted(), "ifr/case", page.toMap());
  }

  private static List<Map<String, String>> summary(IfrFileReading.IfrFile file) {
    FundingRequest ifr = file.request();
    List<Map<String, String>> rows = new ArrayList<>();
    add(rows, "Patient", ifr.patient().name());
    add(
        rows,
        "NHS number",
        ifr.patient().nhsNumber() == null ? null : ifr.patient().nhsNumber().formatted());
    add(
        rows,
        "Requesting clinician",
        ifr.clinician().name() + ", " + ifr.clinician().organisation());
    add(rows, "Treatment", file.treatmentLabel());
    add(rows, "Condition", ifr.treatment().condition());
    add(rows, "Why exceptional", ifr.treatment().whyExceptional());
    add(
        rows,
        "Estimated cost",
        ifr.treatment().estimatedCost() == null
            ? null
            : "£" + ifr.treatment().estimatedCost().toPlainString());
    add(
        rows,
        "Urgent",
        ifr.treatment().isUrgent() ? "Yes: " + ifr.treatment().urgencyReason() : null);
    add(
        rows,
        "Evidence of consent",
        ifr.consentEvidence().orElse("None: returned to the clinician"));
    ifr.decision()
        .ifPresent(made -> add(rows, "Decision", made.outcome().label() + ". " + made.reasons()));
    ifr.newInformation()
        .forEach(
            received ->
                add(
                    rows,
                    "New clinical information, " + Text.day(received.receivedOn()),
                    received.information()));
    return rows;
  }

  private static List<Map<String, String>> deadlines(FundingRequest ifr) {
    List<Map<String, String>> rows = new ArrayList<>();
    add(rows, "Received", Text.day(ifr.receivedOn()));
    if (ifr.screening() != null && ifr.screening().due() != null) {
      add(
          rows,
          "Screening due",
          ifr.screening().isPaused()
              ? "Paused: waiting for the clinician"
              : Text.day(ifr.screening().due()));
    }
    ifr.decisionDue().ifPresent(due -> add(rows, "Decision due", Text.day(due)));
    return rows;
  }

  private static void add(List<Map<String, String>> rows, String key, String value) {
    if (value != null) {
      rows.add(Map.of("key", key, "value", value));
    }
  }

  @Override
  protected Intake intake() {
    return intake;
  }

  @Override
  protected Optional<? extends CaseForm<FundingRequest>> form(String path) {
    return Stream.<CaseForm<FundingRequest>>of(
            screening,
            informationReceived,
            outcomeReport,
            reviewRequest,
            reconsideration,
            evidence,
            chairsAction,
            reviewDecision)
        .filter(form -> form.path().equals(path))
        .findFirst();
  }

  @Override
  protected <T> T read(String id, Function<FundingRequest, T> reader) {
    return reading.peek(id, reader);
  }

  @Override
  protected String referenceOf(FundingRequest file) {
    return file.reference().formatted();
  }
}
