package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;

/**
 * From investigation to final response: the handler ends the investigation, drafts the response
 * with an outcome for each issue, and a complaints manager signs it off (the process then sends the
 * final response and closes the case) or returns it with comments, for redrafting or for more
 * investigation.
 */
@ApplicationScoped
public class ComplaintResponse {

  /** The handler's draft: outcome per issue in the plan's order, and the words of the letter. */
  public record Draft(
      List<IssueOutcome> outcomes,
      List<String> steps,
      List<String> findings,
      String overallSummary,
      String apology,
      List<ResponseAction> actions,
      boolean satisfied,
      String followUp) {}

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final ComplaintSteps steps;
  private final LearningActions learning;
  private final WorkingDayCalendar calendar;

  @Inject
  public ComplaintResponse(
      ComplaintSteps steps, LearningActions learning, WorkingDayCalendar calendar) {
    this.steps = steps;
    this.learning = learning;
    this.calendar = calendar;
  }

  protected ComplaintResponse() {
    this(null, null, null);
  }

  @Transactional
  public Complaint completeInvestigation(String id) {
    Complaint complaint = steps.file(id);
    CaseTask step =
        steps.openStep(complaint, ComplaintTask.INVESTIGATE, "the end of its investigation");
    steps.audit("INVESTIGATION_COMPLETED", id, "");
    steps.complete(complaint, step, Map.of());
    return complaint;
  }

  @Transactional
  public Complaint draft(String id, Draft draft) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.DRAFT_RESPONSE, "a draft response");
    Instant now = steps.now();
    String by = steps.callerName();
    complaint.recordOutcome(
        draft.outcomes(),
        draft.actions().stream().map(ResponseAction::description).toList(),
        now,
        by);
    ResponseDraft response = entityManager.find(ResponseDraft.class, id);
    if (response == null) {
      response = new ResponseDraft(id);
      entityManager.persist(response);
    }
    response.write(
        draft.steps(),
        draft.findings(),
        draft.overallSummary(),
        draft.apology(),
        draft.actions(),
        draft.satisfied(),
        draft.followUp(),
        now,
        by);
    steps.audit("RESPONSE_DRAFTED", id, "outcomes " + draft.outcomes());
    steps.complete(complaint, step, Map.of());
    return complaint;
  }

  @Transactional
  public Complaint signOff(String id, boolean approved, String comments) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.SIGN_OFF_RESPONSE, "sign-off");
    ResponseDraft response = entityManager.find(ResponseDraft.class, id);
    Instant now = steps.now();
    String by = steps.callerName();
    if (approved) {
      response.signOff(now, by);
      complaint.respond(now, by);
      // Each action the response promises is followed from the day it goes.
      learning.open(complaint, LearningAction.Source.RESPONSE, response.actions());
    } else {
      response.returnWith(comments);
    }
    steps.audit(approved ? "RESPONSE_SIGNED_OFF" : "RESPONSE_RETURNED", id, "");
    steps.complete(complaint, step, Map.of("approved", approved, "moreInvestigation", false));
    return complaint;
  }

  /**
   * The manager returns the draft because the investigation is not finished (issue 14 point 9): the
   * complaint goes back to its investigation, where evidence is recorded and the organisation
   * complained about is asked again, and is then drafted afresh. The draft and the comments stay on
   * file. The investigation's provider timers start again from today, so nobody is chased at once
   * for a date that passed before the draft.
   */
  @Transactional
  public Complaint returnForInvestigation(String id, String comments) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.SIGN_OFF_RESPONSE, "sign-off");
    ResponseDraft response = entityManager.find(ResponseDraft.class, id);
    response.returnWith(comments);
    complaint.investigateFurther();
    steps.audit("RESPONSE_RETURNED_FOR_INVESTIGATION", id, "");
    Map<String, Object> flags = new HashMap<>();
    flags.put("approved", false);
    flags.put("moreInvestigation", true);
    flags.putAll(ComplaintProviderResponses.replyDatesFrom(calendar.today(), calendar));
    steps.complete(complaint, step, flags);
    return complaint;
  }
}
