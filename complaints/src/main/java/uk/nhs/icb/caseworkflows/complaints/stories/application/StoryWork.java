package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Stories;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;

/**
 * What every story use case needs: the story (refused when the form it came from is stale), its
 * process, the caller, the clock and the audit trail. Audit entries name the story, never its text.
 */
@ApplicationScoped
public class StoryWork {

  public static final String CASE_TYPE = "story";

  private final Stories stories;
  private final CaseProcesses processes;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public StoryWork(
      Stories stories,
      CaseProcesses processes,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.stories = stories;
    this.processes = processes;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  /** For the CDI proxy only. */
  protected StoryWork() {
    this(null, null, null, null, null);
  }

  public Stories stories() {
    return stories;
  }

  public Story story(String id) {
    return stories.find(id).orElseThrow(() -> new NotFoundProblem("story " + id));
  }

  /**
   * The story, as the form or request that changes it saw it: {@code version} null when it did not
   * say; an older one is a stale edit (409), so nobody overwrites a change they have not seen.
   */
  public Story story(String id, Long version) {
    Story story = story(id);
    if (version != null && version != story.version()) {
      throw new ConflictProblem(
          "Someone else changed this story while you were working on it. "
              + "Reload it to see their changes, then make yours again.");
    }
    return story;
  }

  public Instant now() {
    return clock.instant();
  }

  public Caller caller() {
    return caller.get();
  }

  public void requireRole(String role, String why) {
    if (!caller().hasAnyRole(Set.of(role))) {
      throw new ForbiddenProblem(why);
    }
  }

  public void audit(String action, Story story, String detail) {
    auditTrail.record(AuditEntry.change(action, CASE_TYPE, story.id(), detail));
  }

  public void audit(AuditEntry entry) {
    auditTrail.record(entry);
  }

  public void start(Story story, Map<String, Object> variables) {
    processes.start(
        StoryProcessModels.STORY_CONSENT,
        new CaseKey(CASE_TYPE, story.id(), "story " + story.id().substring(0, 8)),
        variables);
  }

  /** Completes the story's open task of that step (its BPMN id), with what it decided. */
  public void complete(Story story, String step, Map<String, Object> variables) {
    CaseTask task =
        processes.openTasks(story.id()).stream()
            .filter(open -> open.definitionKey().equals(step))
            .findFirst()
            .orElseThrow(
                () -> new ConflictProblem("The story's process is not waiting at " + step + "."));
    processes.completeTask(story.id(), task.id(), variables);
  }

  /** Tells the story's process, if it still runs and waits for that message. */
  public void tell(Story story, String message, Map<String, Object> variables) {
    if (processes.isRunning(story.id())) {
      processes.correlate(message, story.id(), variables);
    }
  }
}
