package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final StoryParts ORIGINAL =
      new StoryParts("Mrs Q waited nine hours.", "Triage at the door.", "Answered in time.");
  private static final StoryParts REDACTED =
      new StoryParts("[name] waited nine hours.", "Triage at the door.", "Answered in time.");

  private static Story consented() {
    Story story = Story.askConsent("s-1", "c-1", List.of("service user", "carer"));
    story.recordAnswer("service user", ConsentAnswer.GIVEN);
    story.recordAnswer("carer", ConsentAnswer.GIVEN);
    return story;
  }

  private static Review approve(String role) {
    return new Review(role, true, null, role, NOW);
  }

  private static Story approvedByBoth() {
    Story story = consented();
    story.draft(ORIGINAL, REDACTED);
    story.reviewByManager(approve("complaints-manager"));
    story.reviewByCaldicottGuardian(approve("caldicott-guardian"));
    return story;
  }

  @Test
  void consentGivenByEveryoneAskedOpensTheDraft() {
    Story story = Story.askConsent("s-1", "c-1", List.of("service user", "carer"));
    story.recordAnswer("service user", ConsentAnswer.GIVEN);
    assertEquals(StoryStatus.AWAITING_CONSENT, story.status(), "the carer has not answered");
    story.recordAnswer("carer", ConsentAnswer.GIVEN);
    assertEquals(StoryStatus.DRAFTING, story.status());
  }

  @Test
  void oneRefusalMeansNoStory() {
    Story story = Story.askConsent("s-1", "c-1", List.of("service user", "carer"));
    story.recordAnswer("service user", ConsentAnswer.GIVEN);
    story.recordAnswer("carer", ConsentAnswer.REFUSED);
    assertEquals(StoryStatus.NOT_TOLD, story.status());
    assertThrows(StoryRuleException.class, () -> story.draft(ORIGINAL, REDACTED));
  }

  @Test
  void noReplyCountsOnlyAfterTheOneReminder() {
    Story story = Story.askConsent("s-1", "c-1", List.of("representative"));
    assertThrows(
        StoryRuleException.class,
        () -> story.recordAnswer("representative", ConsentAnswer.NO_REPLY));
    story.remind(NOW);
    assertThrows(StoryRuleException.class, () -> story.remind(NOW), "one reminder only");
    story.recordAnswer("representative", ConsentAnswer.NO_REPLY);
    assertEquals(StoryStatus.NOT_TOLD, story.status());
  }

  @Test
  void anEmptyPartIsRefusedNamingIt() {
    StoryRuleException refused =
        assertThrows(StoryRuleException.class, () -> new StoryParts("x", " ", "y"));
    assertEquals("improvements", refused.field());
  }

  @Test
  void aManagersReturnSendsTheStoryBackToTheDraftWithItsComments() {
    Story story = consented();
    story.draft(ORIGINAL, REDACTED);
    story.reviewByManager(
        new Review("complaints-manager", false, "Name the ward less precisely.", "m", NOW));
    assertEquals(StoryStatus.DRAFTING, story.status());
    assertEquals("Name the ward less precisely.", story.reviews().get(0).comments());
    assertThrows(
        StoryRuleException.class,
        () -> new Review("complaints-manager", false, "", "m", NOW),
        "a return says why");
  }

  @Test
  void theCaldicottGuardiansReturnClearsTheManagersApprovalToo() {
    Story story = consented();
    story.draft(ORIGINAL, REDACTED);
    story.reviewByManager(approve("complaints-manager"));
    story.reviewByCaldicottGuardian(
        new Review("caldicott-guardian", false, "Too specific.", "g", NOW));
    assertEquals(StoryStatus.DRAFTING, story.status());
    story.draft(ORIGINAL, REDACTED);
    assertEquals(StoryStatus.MANAGER_REVIEW, story.status(), "both review the new draft");
  }

  @Test
  void publicationNeedsBothApprovals() {
    Story story = consented();
    story.draft(ORIGINAL, REDACTED);
    story.reviewByManager(approve("complaints-manager"));
    StoryRuleException refused = assertThrows(StoryRuleException.class, () -> story.publish(NOW));
    assertEquals("approvals", refused.field());
    assertFalse(story.isPublished());
    story.reviewByCaldicottGuardian(approve("caldicott-guardian"));
    story.publish(NOW);
    assertTrue(story.isPublished());
  }

  @Test
  void withdrawalAfterPublicationUnpublishesAndListsTheReportsThatCarriedIt() {
    Story story = approvedByBoth();
    story.publish(NOW);
    List<String> reports = story.withdrawConsent(NOW, List.of("Board report 2026 Q3"));
    assertEquals(List.of("Board report 2026 Q3"), reports);
    assertFalse(story.isPublished());
    assertEquals(StoryStatus.WITHDRAWN, story.status());
    assertThrows(StoryRuleException.class, () -> story.publish(NOW), "never again");
  }

  @Test
  void withdrawalBeforePublicationStopsItWithNoReportToList() {
    Story story = consented();
    assertEquals(List.of(), story.withdrawConsent(NOW, List.of("anything")));
    assertEquals(StoryStatus.WITHDRAWN, story.status());
  }

  @Test
  void aReopenedComplaintStopsAStoryUnderWayButNotAPublishedOne() {
    Story underWay = consented();
    assertTrue(underWay.stopForReopenedComplaint());
    assertEquals(StoryStatus.STOPPED, underWay.status());
    Story published = approvedByBoth();
    published.publish(NOW);
    assertFalse(published.stopForReopenedComplaint());
    assertTrue(published.isPublished());
  }

  @Test
  void theReviewerIsWarnedOfConfiguredSmallNumberTerms() {
    SmallNumberRisk risk = SmallNumberRisk.of("Ward 9|gender identity clinic|Huntington's disease");
    assertEquals(
        List.of("Ward 9", "Huntington's disease"),
        risk.warningsFor("Seen on ward 9 for huntington's disease; not on Ward 90."));
    assertEquals(List.of(), SmallNumberRisk.of("").warningsFor("anything"));
  }
}
