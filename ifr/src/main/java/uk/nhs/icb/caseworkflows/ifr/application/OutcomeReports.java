package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/** The outcome report an approval's conditions asked for, recorded when the clinician sends it. */
@ApplicationScoped
public class OutcomeReports {

  private final IfrSteps steps;

  @Inject
  public OutcomeReports(IfrSteps steps) {
    this.steps = steps;
  }

  protected OutcomeReports() {
    this(null);
  }

  @Transactional
  public FundingRequest record(String id, long versionSeen, String report) {
    FundingRequest request = steps.current(id, versionSeen);
    CaseTask waiting = steps.openStep(request, IfrTask.RECORD_OUTCOME_REPORT, "an outcome report");
    request.recordOutcomeReport(report, steps.today());
    steps.complete(request, waiting, Map.of());
    steps.audit("IFR_OUTCOME_REPORT", id, "recorded");
    return request;
  }
}
