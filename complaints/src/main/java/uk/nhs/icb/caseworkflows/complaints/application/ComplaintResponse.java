package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;

/**
 * From investigation to final response: the handler ends the investigation, drafts the response
 * with an outcome for each issue, and a complaints manager signs it off (the process then sends the
 * final response and closes the case) or returns it with comments.
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

  @Inject
  public ComplaintResponse(ComplaintSteps steps, LearningActions learning) {
    this.steps = steps;
    this.learning = learning;
  }

  protected ComplaintResponse() {
    this(null, null);
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
    steps.complete(complaint, step, Map.of("approved", approved));
    return complaint;
  }
}
