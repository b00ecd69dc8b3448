package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrDeadlines;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;

/**
 * The coordinator's screening: accepted (the decision clock starts), more information asked for
 * (the screening clock pauses), or screened out (the process sends the letter saying where the
 * request goes, and closes it); and the clinician's reply, which restarts the clock.
 */
@ApplicationScoped
public class IfrScreening {

  /** The message the process waits for while the clinician is asked for more. */
  static final String INFORMATION_RECEIVED = "IfrInformationReceived";

  private final IfrSteps steps;
  private final IfrDeadlines deadlines;

  @Inject
  public IfrScreening(IfrSteps steps, IfrDeadlines deadlines) {
    this.steps = steps;
    this.deadlines = deadlines;
  }

  protected IfrScreening() {
    this(null, null);
  }

  @Transactional
  public FundingRequest screen(String id, long versionSeen, ScreeningOutcome outcome, String why) {
    FundingRequest request = steps.current(id, versionSeen);
    CaseTask screening = steps.openStep(request, IfrTask.SCREEN, "screening");
    LocalDate today = steps.today();
    request.screen(outcome, why, today, deadlines);
    Map<String, Object> flags = new HashMap<>();
    flags.put("screeningOutcome", outcome.name());
    request.decisionDue().ifPresent(due -> flags.put("decisionDue", IfrSteps.endOf(due)));
    if (outcome == ScreeningOutcome.MORE_INFORMATION) {
      flags.put("informationReminderDue", IfrSteps.endOf(deadlines.informationReminder(today)));
    }
    steps.complete(request, screening, flags);
    steps.audit("IFR_SCREENED", id, outcome.name());
    return request;
  }

  /** The clinician sent what was asked for: screening resumes on a clock moved on. */
  @Transactional
  public FundingRequest informationReceived(String id, long versionSeen) {
    FundingRequest request = steps.current(id, versionSeen);
    LocalDate due = request.informationReceived(steps.today(), deadlines);
    steps.tellProcess(INFORMATION_RECEIVED, id, Map.of("screeningDue", IfrSteps.endOf(due)));
    steps.audit("IFR_INFORMATION_RECEIVED", id, "screening due " + due);
    return request;
  }

  /**
   * The request's version now, for a page form: a page is read and sent within moments, and a
   * colleague's change in between still fails at commit on the request's optimistic lock.
   */
  @Transactional
  public long versionOf(String id) {
    return steps.file(id).version();
  }
}
