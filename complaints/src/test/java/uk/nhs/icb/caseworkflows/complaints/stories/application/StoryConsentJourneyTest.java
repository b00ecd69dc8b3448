package uk.nhs.icb.caseworkflows.complaints.stories.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintClosedAgain;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintReopened;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.ConsentAnswer;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Review;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryRuleException;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryStatus;
import uk.nhs.icb.caseworkflows.complaints.stories.process.StoryConsentLetters;
import uk.nhs.icb.caseworkflows.complaints.stories.process.StoryNoReply;
import uk.nhs.icb.caseworkflows.complaints.stories.process.StoryPublication;

/**
 * A story from the closure of a partly upheld complaint to the governing body, through the real use
 * cases, delegates and story-consent.bpmn on an engine whose clock the test moves: consent given,
 * refused, no reply after the one reminder, withdrawn after publication; returns by either
 * reviewer; the refusals of bad input that leave nothing changed; a reopened complaint.
 */
class StoryConsentJourneyTest {

  private static final String MODEL =
      "uk/nhs/icb/caseworkflows/complaints/stories/process/story-consent.bpmn";
  private static final Instant CLOSED = Instant.parse("2026-03-05T10:00:00Z");
  private static final long DAY = 24 * 3600;

  private ProcessTestHarness harness;
  private CaseProcesses processes;
  private StoryFakes fakes;
  private Complaint complaint;

  @BeforeEach
  void closeAPartlyUpheldComplaint() {
    harness = new ProcessTestHarness(MODEL, "unused", CLOSED, Map.of());
    processes = new CaseProcesses(harness.engine);
    fakes = new StoryFakes(processes, "Ward 9|gender identity clinic");
    Mocks.register("storyConsentLetters", new StoryConsentLetters(fakes.consent));
    Mocks.register("storyNoReply", new StoryNoReply(fakes.consent));
    Mocks.register("storyPublication", new StoryPublication(fakes.publishing));
    complaint = ComplaintLetterFixtures.responded();
    complaint.close(ClosureReason.RESPONDED, CLOSED, "daniel.oconnor");
    fakes.complaints.put(complaint.id(), complaint);
  }

  @AfterEach
  void close() {
    harness.close();
  }

  private Story asked() {
    Story story = fakes.consent.askAfterClosure(complaint);
    assertThat(story).isNotNull();
    return story;
  }

  private Story consented() {
    Story story = asked();
    fakes.consent.answer(story.id(), "service user", ConsentAnswer.GIVEN, null);
    fakes.consent.answer(story.id(), "carer", ConsentAnswer.GIVEN, null);
    return story;
  }

  private void draft(Story story) {
    fakes.signIn("daniel.oconnor", "complaints-handler");
    fakes.drafting.draft(
        story.id(),
        "Mr Rhodri Evans (NHS number 943 476 5919) waited six weeks on Ward 9 for a home visit;"
            + " his daughter Siân rang the duty line twice. Dr Patel saw him on 3 March 2026.",
        "Referrals are now checked on the day they arrive.",
        "The response went within the 25 working days agreed with Mrs Evans.",
        null);
  }

  private void review(Story story, String role, boolean approved, String comments) {
    fakes.signIn(role.equals("caldicott-guardian") ? "lynda.harris" : "helen.marsh", role);
    fakes.reviewing.review(story.id(), approved, comments, null);
  }

  private List<String> openSteps(Story story) {
    return processes.openTasks(story.id()).stream().map(CaseTask::definitionKey).toList();
  }

  private void passDays(long days) {
    ClockUtil.setCurrentTime(Date.from(CLOSED.plusSeconds(days * DAY + 60)));
    for (Job due :
        harness.engine.getManagementService().createJobQuery().timers().executable().list()) {
      harness.engine.getManagementService().executeJob(due.getId());
    }
  }

  private List<StoriesForReports.ReportStory> publishedThisYear() {
    return fakes.published.publishedIn(
        ReportingPeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void consentGivenByBothLeadsToARedactedDraftTwoApprovalsAndPublication() {
    Story story = asked();
    assertThat(story.answers().keySet()).containsExactly("service user", "carer");
    assertThat(fakes.letters)
        .extracting(StoryFakes.Issued::kind, StoryFakes.Issued::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("story-consent-request", "Mr Rhodri Evans"),
            org.assertj.core.groups.Tuple.tuple("story-consent-request", "Mrs Siân Evans"));
    assertThat(fakes.letters).allMatch(letter -> letter.caseId().equals(complaint.id()));

    fakes.consent.answer(story.id(), "service user", ConsentAnswer.GIVEN, null);
    assertThat(openSteps(story)).as("the carer has not answered").isEmpty();
    fakes.consent.answer(story.id(), "carer", ConsentAnswer.GIVEN, null);
    assertThat(openSteps(story)).containsExactly("draft-story");

    draft(story);
    String redacted = story.redacted().orElseThrow().concern();
    assertThat(redacted)
        .doesNotContain("Rhodri", "Evans", "Siân", "943", "5919", "Patel", "3 March")
        .contains("[name]", "[NHS number]", "[date]", "six weeks", "duty line");
    assertThat(story.redacted().orElseThrow().procedure()).doesNotContain("Evans");
    assertThat(story.original().orElseThrow().concern()).contains("Mr Rhodri Evans");
    assertThat(fakes.reading.of(story.id()).warnings())
        .as("the reviewer is warned of the configured small ward")
        .containsExactly("Ward 9");
    assertThat(openSteps(story)).containsExactly("manager-review");

    review(story, "complaints-manager", true, null);
    assertThat(openSteps(story)).containsExactly("caldicott-review");
    assertThat(publishedThisYear()).isEmpty();
    review(story, "caldicott-guardian", true, null);

    assertThat(story.status()).isEqualTo(StoryStatus.PUBLISHED);
    assertThat(processes.isRunning(story.id())).isFalse();
    assertThat(publishedThisYear())
        .singleElement()
        .satisfies(
            told -> {
              assertThat(told.storyId()).isEqualTo(story.id()).isNotEqualTo(complaint.id());
              assertThat(told.concern()).isEqualTo(redacted);
              assertThat(told.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
            });
    assertThat(fakes.auditedActions())
        .contains("STORY_CONSENT_ASKED", "STORY_DRAFTED", "STORY_APPROVED", "STORY_PUBLISHED");
    assertThat(fakes.audited)
        .as("no audit entry keeps the story's text")
        .noneMatch(entry -> String.valueOf(entry.detail()).contains("Rhodri"));
  }

  @Test
  void oneRefusalEndsItWithNoStory() {
    Story story = asked();
    fakes.consent.answer(story.id(), "service user", ConsentAnswer.GIVEN, null);
    fakes.consent.answer(story.id(), "carer", ConsentAnswer.REFUSED, null);
    assertThat(story.status()).isEqualTo(StoryStatus.NOT_TOLD);
    assertThat(processes.isRunning(story.id())).isFalse();
    assertThatThrownBy(() -> draft(story)).isInstanceOf(StoryRuleException.class);
    assertThat(publishedThisYear()).isEmpty();
  }

  @Test
  void noReplyAfterTheOneReminderEndsItWithNoStory() {
    Story story = asked();
    fakes.consent.answer(story.id(), "service user", ConsentAnswer.GIVEN, null);
    passDays(13);
    assertThat(fakes.letters).hasSize(2);
    passDays(14);
    assertThat(fakes.letters)
        .as("the one reminder goes only to the one who has not answered")
        .extracting(StoryFakes.Issued::kind, StoryFakes.Issued::to)
        .endsWith(org.assertj.core.groups.Tuple.tuple("story-consent-reminder", "Mrs Siân Evans"))
        .hasSize(3);
    assertThat(story.remindedAt()).isPresent();
    passDays(28);
    assertThat(story.answers()).containsEntry("carer", ConsentAnswer.NO_REPLY);
    assertThat(story.status()).isEqualTo(StoryStatus.NOT_TOLD);
    assertThat(processes.isRunning(story.id())).isFalse();
    assertThat(fakes.letters).hasSize(3);
  }

  @Test
  void consentWithdrawnAfterPublicationUnpublishesItForEveryLaterReport() {
    Story story = consented();
    draft(story);
    review(story, "complaints-manager", true, null);
    review(story, "caldicott-guardian", true, null);
    assertThat(publishedThisYear()).hasSize(1);

    fakes.signIn("daniel.oconnor", "complaints-handler");
    ClockUtil.setCurrentTime(Date.from(CLOSED.plusSeconds(40 * DAY)));
    fakes.consent.withdraw(story.id(), null);

    assertThat(story.status()).isEqualTo(StoryStatus.WITHDRAWN);
    assertThat(publishedThisYear()).as("out of every report from now on").isEmpty();
    assertThat(fakes.published.withdrawnAfterPublication())
        .singleElement()
        .satisfies(withdrawn -> assertThat(withdrawn.storyId()).isEqualTo(story.id()));
    StoryRuleException again =
        (StoryRuleException)
            org.junit.jupiter.api.Assertions.assertThrows(
                StoryRuleException.class, () -> fakes.consent.withdraw(story.id(), null));
    assertThat(again.field()).isEqualTo("consent");
  }

  @Test
  void consentWithdrawnBeforePublicationStopsTheProcessAndIsNotListedForReports() {
    Story story = consented();
    draft(story);
    fakes.consent.withdraw(story.id(), null);
    assertThat(processes.isRunning(story.id())).isFalse();
    assertThat(fakes.published.withdrawnAfterPublication()).isEmpty();
  }

  @Test
  void eitherReviewerReturnsTheStoryToTheDraftAndBothReviewTheNewDraft() {
    Story story = consented();
    draft(story);
    review(story, "complaints-manager", false, "Name the ward less precisely.");
    assertThat(story.status()).isEqualTo(StoryStatus.DRAFTING);
    assertThat(openSteps(story)).containsExactly("draft-story");
    assertThat(story.reviews().get(0).comments()).isEqualTo("Name the ward less precisely.");

    draft(story);
    review(story, "complaints-manager", true, null);
    review(story, "caldicott-guardian", false, "Too specific about the dates.");
    assertThat(openSteps(story)).containsExactly("draft-story");

    draft(story);
    assertThat(openSteps(story))
        .as("the manager's earlier approval was cleared by the return")
        .containsExactly("manager-review");
    review(story, "complaints-manager", true, null);
    review(story, "caldicott-guardian", true, null);
    assertThat(story.isPublished()).isTrue();
    assertThat(fakes.auditedActions()).containsOnlyOnce("STORY_PUBLISHED");
  }

  @Test
  void aHandlerIsRefusedAReviewInEveryStateNotToldTheStoryIsNotUnderReview() {
    Story story = asked();
    assertThatThrownBy(() -> review(story, "complaints-handler", true, null))
        .as("awaiting consent")
        .isInstanceOf(ForbiddenProblem.class);
    fakes.consent.answer(story.id(), "service user", ConsentAnswer.GIVEN, null);
    fakes.consent.answer(story.id(), "carer", ConsentAnswer.GIVEN, null);
    assertThatThrownBy(() -> review(story, "complaints-handler", false, "Too specific."))
        .as("drafting")
        .isInstanceOf(ForbiddenProblem.class);
    assertThat(story.status()).isEqualTo(StoryStatus.DRAFTING);
    assertThat(story.reviews()).isEmpty();
    assertThat(fakes.auditedActions()).doesNotContain("STORY_APPROVED", "STORY_RETURNED");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    Story story = consented();
    fakes.signIn("daniel.oconnor", "complaints-handler");
    StoryRuleException empty =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoryRuleException.class,
            () -> fakes.drafting.draft(story.id(), "A concern.", "  ", "Answered in time.", null));
    assertThat(empty.field()).isEqualTo("improvements");
    assertThat(story.status()).isEqualTo(StoryStatus.DRAFTING);
    assertThat(story.original()).isEmpty();
    assertThat(openSteps(story)).containsExactly("draft-story");
    assertThat(fakes.auditedActions()).doesNotContain("STORY_DRAFTED");

    StoryRuleException noReplyByHand =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoryRuleException.class,
            () -> fakes.consent.answer(story.id(), "carer", ConsentAnswer.NO_REPLY, null));
    assertThat(noReplyByHand.field()).isEqualTo("answer");

    assertThatThrownBy(() -> fakes.consent.withdraw(story.id(), story.version() + 1))
        .as("a stale form")
        .isInstanceOf(ConflictProblem.class);

    draft(story);
    assertThatThrownBy(() -> review(story, "complaints-handler", true, null))
        .isInstanceOf(ForbiddenProblem.class);
    assertThatThrownBy(() -> review(story, "caldicott-guardian", true, null))
        .as("the Caldicott Guardian reviews after the manager")
        .isInstanceOf(ForbiddenProblem.class);
    StoryRuleException noComments =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoryRuleException.class, () -> review(story, "complaints-manager", false, " "));
    assertThat(noComments.field()).isEqualTo("comments");
    assertThat(story.reviews()).isEmpty();
    assertThat(openSteps(story)).containsExactly("manager-review");
  }

  @Test
  void publicationIsRefusedWithoutBothApprovalsOrWithoutConsent() {
    Story story = consented();
    draft(story);
    review(story, "complaints-manager", true, null);
    StoryRuleException approvals =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoryRuleException.class, () -> fakes.publishing.publish(story.id()));
    assertThat(approvals.field()).isEqualTo("approvals");
    assertThat(story.isPublished()).isFalse();

    fakes.consent.withdraw(story.id(), null);
    StoryRuleException consent =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoryRuleException.class, () -> fakes.publishing.publish(story.id()));
    assertThat(consent.field()).isEqualTo("consent");
    assertThat(publishedThisYear()).isEmpty();
  }

  @Test
  void aReopenedComplaintStopsTheStoryUnderWayAndItsProcess() {
    Story story = consented();
    fakes.furtherResolution.reopened(
        new ComplaintReopened(complaint.id(), "CMP-2026-000123", 1, CLOSED.plusSeconds(DAY)));
    assertThat(story.status()).isEqualTo(StoryStatus.STOPPED);
    assertThat(processes.isRunning(story.id())).isFalse();
    assertThat(fakes.consent.askAfterClosure(complaint))
        .as("closed upheld again: a new story may be asked for")
        .isNotNull();
  }

  @Test
  void aComplaintClosedAgainAfterItsFurtherResponseIsAskedAboutAStoryAfresh() {
    Story first = consented();
    fakes.furtherResolution.reopened(
        new ComplaintReopened(complaint.id(), "CMP-2026-000123", 1, CLOSED.plusSeconds(DAY)));
    assertThat(first.status()).isEqualTo(StoryStatus.STOPPED);

    fakes.furtherResolution.closedAgain(new ComplaintClosedAgain(complaint, 1));

    List<Story> stories = fakes.work.stories().ofComplaint(complaint.id());
    assertThat(stories).hasSize(2);
    Story again = stories.stream().filter(story -> story != first).findFirst().orElseThrow();
    assertThat(again.isUnderWay()).isTrue();
    assertThat(processes.isRunning(again.id())).isTrue();
    assertThat(fakes.auditedActions()).contains("STORY_STOPPED", "STORY_CONSENT_ASKED");
  }

  @Test
  void theComplaintsDestructionErasesTheOriginalDraftAndKeepsThePublishedRedaction() {
    Story story = consented();
    draft(story);
    review(story, "complaints-manager", false, "Mrs Evans is still named in the procedure.");
    draft(story);
    review(story, "complaints-manager", true, null);
    review(story, "caldicott-guardian", true, null);
    String redacted = story.redacted().orElseThrow().concern();

    assertThat(new StoryErasure(fakes.work.stories()).eraseOriginalsOf(complaint.id()))
        .isEqualTo(1);

    assertThat(story.original()).isEmpty();
    assertThat(story.reviews())
        .extracting(Review::comments)
        .noneMatch(comments -> comments != null && comments.contains("Evans"));
    assertThat(publishedThisYear())
        .singleElement()
        .satisfies(told -> assertThat(told.concern()).isEqualTo(redacted));
  }

  @Test
  void aComplaintNotUpheldOrAlreadyAskedAboutGetsNoSecondStory() {
    asked();
    assertThat(fakes.consent.askAfterClosure(complaint)).isNull();
    Complaint withdrawn = ComplaintLetterFixtures.planned();
    withdrawn.close(ClosureReason.WITHDRAWN, CLOSED, "daniel.oconnor");
    assertThat(fakes.consent.askAfterClosure(withdrawn)).isNull();
    assertThat(fakes.stored).hasSize(1);
  }
}
