package uk.nhs.icb.caseworkflows.complaints.stories.process.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;

/**
 * The story-consent model's paths on the shared harness, the engine's clock moved over the reply
 * periods: consent given, refused, no reply after one reminder, returns by either reviewer,
 * withdrawal and a reopened complaint stopping a story under way.
 */
class StoryConsentProcessTest {

  private static final String MODEL =
      "uk/nhs/icb/caseworkflows/complaints/stories/process/story-consent.bpmn";
  private static final Instant CLOSED = Instant.parse("2026-12-01T10:00:00Z");
  private static final long DAY = 24 * 3600;

  private final List<String> done = new ArrayList<>();
  private ProcessTestHarness process;

  private JavaDelegate recording(String what) {
    return execution ->
        done.add(
            what + (execution.hasVariable("letter") ? ":" + execution.getVariable("letter") : ""));
  }

  @BeforeEach
  void start() {
    process =
        new ProcessTestHarness(
            MODEL,
            "story-1",
            CLOSED,
            Map.of(
                "storyConsentLetters", recording("letter"),
                "storyNoReply", recording("no reply"),
                "storyPublication", recording("published")));
    process.start("story-consent", Map.of("replyPeriod", "P14D", "caseType", "story"));
  }

  @AfterEach
  void close() {
    process.close();
  }

  private void answer(boolean given) {
    process
        .engine
        .getRuntimeService()
        .createMessageCorrelation("StoryConsentAnswered")
        .processInstanceBusinessKey("story-1")
        .setVariable("consentGiven", given)
        .correlate();
  }

  private Date days(long n) {
    return Date.from(CLOSED.plusSeconds(n * DAY + 60));
  }

  private void approveAll() {
    process.complete("Draft the story");
    process.complete("Review the story (complaints manager)", Map.of("approved", true));
    process.complete("Review the story (Caldicott Guardian)", Map.of("approved", true));
  }

  @Test
  void consentGivenLeadsToTheDraftTheTwoReviewsAndPublication() {
    assertEquals(List.of("letter:request"), done);
    answer(true);
    assertEquals(List.of("Draft the story"), process.openTasks());
    approveAll();
    assertEquals(List.of("letter:request", "published"), done);
    assertFalse(process.isRunning());
  }

  @Test
  void aRefusalEndsItWithNoStory() {
    answer(false);
    assertFalse(process.isRunning());
    assertEquals(List.of("letter:request"), done);
  }

  @Test
  void noReplyAfterOneReminderEndsItWithNoStory() {
    assertEquals(List.of("reply-due"), process.waitingTimers());
    process.passTime(days(13));
    assertEquals(List.of("letter:request"), done, "not before the reply period is over");
    process.passTime(days(14));
    assertEquals(List.of("letter:request", "letter:reminder"), done);
    assertEquals(List.of("no-reply"), process.waitingTimers());
    process.passTime(days(28));
    assertEquals(List.of("letter:request", "letter:reminder", "no reply"), done);
    assertFalse(process.isRunning());
  }

  @Test
  void anAnswerAfterTheReminderStillCounts() {
    process.passTime(days(14));
    answer(true);
    assertEquals(List.of("Draft the story"), process.openTasks());
    assertTrue(process.waitingTimers().isEmpty(), "the no-reply timer is gone");
  }

  @Test
  void eitherReviewerReturnsTheStoryToTheDraft() {
    answer(true);
    process.complete("Draft the story");
    process.complete("Review the story (complaints manager)", Map.of("approved", false));
    assertEquals(List.of("Draft the story"), process.openTasks());
    process.complete("Draft the story");
    process.complete("Review the story (complaints manager)", Map.of("approved", true));
    process.complete("Review the story (Caldicott Guardian)", Map.of("approved", false));
    assertEquals(List.of("Draft the story"), process.openTasks());
    approveAll();
    assertFalse(process.isRunning());
    assertEquals(1, done.stream().filter("published"::equals).count());
  }

  @Test
  void withdrawalStopsTheStoryWhereverItIs() {
    answer(true);
    process.complete("Draft the story");
    process.correlate("StoryConsentWithdrawn");
    assertFalse(process.isRunning());
    assertFalse(done.contains("published"));
  }

  @Test
  void aReopenedComplaintStopsAStoryStillAwaitingConsent() {
    process.correlate("StoryComplaintReopened");
    assertFalse(process.isRunning());
    assertTrue(process.waitingTimers().isEmpty());
  }
}
