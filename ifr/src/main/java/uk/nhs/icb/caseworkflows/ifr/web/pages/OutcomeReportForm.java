package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.pages.FormModel;
import uk.nhs.icb.caseworkflows.common.web.pages.NoteForm;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.application.OutcomeReports;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/** The outcome report an approval's conditions asked for; recording it closes the request. */
@ApplicationScoped
public class OutcomeReportForm extends NoteForm<FundingRequest> {

  static final String PATH = "outcome-report";
  static final String REPORT = "report";

  @Inject OutcomeReports reports;
  @Inject IfrScreening screening;

  public OutcomeReportForm() {
    super(
        PATH,
        "Record the outcome report",
        REPORT,
        Set.of(Roles.IFR_COORDINATOR),
        new Wording(
            "Recording the clinician's report of the treatment's outcome closes the request.",
            "What did the clinician report?",
            "No more than 4,000 characters.",
            "Enter what the clinician reported",
            "Record the report",
            false));
  }

  @Override
  protected void facts(FundingRequest request, FormModel form) {
    form.fact("Reference", request.reference().formatted());
  }

  @Override
  protected String record(String caseId, String report) {
    return "Outcome report recorded for request "
        + reports.record(caseId, screening.versionOf(caseId), report).reference().formatted();
  }
}
