package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.ConsentAnswer;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.StoryRuleException;
import uk.nhs.icb.caseworkflows.complaints.stories.letters.StoryLetters;

/**
 * Consent to publish a story: asked when an upheld or partly upheld complaint closes, each answer
 * recorded as it arrives, the one reminder and "no reply" on the process's timers, and withdrawal
 * at any time. The process hears once everyone has answered, or at the first refusal.
 */
@ApplicationScoped
public class StoryConsent {

  static final String ANSWERED = "StoryConsentAnswered";
  static final String WITHDRAWN = "StoryConsentWithdrawn";

  private final StoryWork work;
  private final Complaints complaints;
  private final StoryLetters letters;
  private final LetterIssuing issuing;
  private final StorySettings settings;

  @Inject
  public StoryConsent(
      StoryWork work,
      Complaints complaints,
      StoryLetters letters,
      LetterIssuing issuing,
      StorySettings settings) {
    this.work = work;
    this.complaints = complaints;
    this.letters = letters;
    this.issuing = issuing;
    this.settings = settings;
  }

  /** For the CDI proxy only. */
  protected StoryConsent() {
    this(null, null, null, null, null);
  }

  /**
   * The complaint closed: if upheld at least in part after its response, and no story of it is
   * under way, a story is opened and its process started (which sends the letters). Returns the
   * story, or null when there is none to ask about.
   */
  @Transactional
  public Story askAfterClosure(Complaint complaint) {
    if (!complaint.readyForStoryConsent()
        || work.stories().ofComplaint(complaint.id()).stream().anyMatch(Story::isUnderWay)) {
      return null;
    }
    Story story =
        Story.askConsent(UUID.randomUUID().toString(), complaint.id(), askedOf(complaint));
    work.stories().add(story);
    work.audit("STORY_CONSENT_ASKED", story, "complaint " + complaint.id());
    work.start(story, Map.of("replyPeriod", settings.replyPeriod().toString()));
    return story;
  }

  /**
   * Whose consent: the service user; where someone complained for a living patient, that carer too;
   * for a patient who has died, the complainant as their representative.
   */
  static List<String> askedOf(Complaint complaint) {
    if (complaint.affectedPerson().isEmpty()) {
      return List.of(StoryLetters.SERVICE_USER);
    }
    boolean died =
        complaint
            .representation()
            .filter(represented -> represented.standing() == RepresentativeStanding.DECEASED)
            .isPresent();
    return died
        ? List.of(StoryLetters.REPRESENTATIVE)
        : List.of(StoryLetters.SERVICE_USER, StoryLetters.CARER);
  }

  /** The process's letters: the request, or the one reminder, to each person yet to answer. */
  @Transactional
  public void sendLetters(String storyId, boolean reminder) {
    Story story = work.story(storyId);
    Complaint complaint = complaintOf(story);
    if (reminder) {
      story.remind(work.now());
    } else {
      story.asked(work.now());
    }
    var replyBy = Text.londonDate(work.now()).plus(settings.replyPeriod());
    List<String> to =
        reminder ? story.awaitingAnswerFrom() : new ArrayList<>(story.answers().keySet());
    for (String person : to) {
      issuing.issue(
          Complaint.CASE_TYPE,
          complaint.id(),
          letters.consentLetter(complaint, person, reminder, replyBy));
    }
    work.audit(
        reminder ? "STORY_CONSENT_REMINDED" : "STORY_CONSENT_LETTERS_SENT",
        story,
        to.size() + " letter(s), reply by " + replyBy);
  }

  /** One person's answer, given or refused, as the handler records it. */
  @Transactional
  public Story answer(String storyId, String person, ConsentAnswer answer, Long version) {
    if (answer == null || answer == ConsentAnswer.NO_REPLY) {
      throw new StoryRuleException(
          "answer", "must be GIVEN or REFUSED (no reply comes from the reply period running out)");
    }
    Story story = work.story(storyId, version);
    story.recordAnswer(person, answer);
    work.audit("STORY_CONSENT_ANSWERED", story, person + ": " + answer);
    tellIfDecided(story);
    return story;
  }

  /** The process's second timer: no reply after the reminder from those yet to answer. */
  @Transactional
  public void noReply(String storyId) {
    Story story = work.story(storyId);
    for (String person : story.awaitingAnswerFrom()) {
      story.recordAnswer(person, ConsentAnswer.NO_REPLY);
    }
    work.audit("STORY_CONSENT_NO_REPLY", story, "no reply after the reminder: not told");
  }

  /**
   * Consent withdrawn: the story stops wherever it is, or is unpublished for good and left out of
   * every later report. The reports that already carried it are the reports' to list (through
   * {@code StoriesForReports.withdrawnAfterPublication}).
   */
  @Transactional
  public Story withdraw(String storyId, Long version) {
    Story story = work.story(storyId, version);
    boolean wasPublished = story.isPublished();
    story.withdrawConsent(work.now(), List.of());
    work.audit(
        "STORY_CONSENT_WITHDRAWN",
        story,
        wasPublished
            ? "unpublished; kept out of every future report"
            : "stopped before publication");
    work.tell(story, WITHDRAWN, Map.of());
    return story;
  }

  private void tellIfDecided(Story story) {
    switch (story.status()) {
      case DRAFTING -> work.tell(story, ANSWERED, Map.of("consentGiven", true));
      case NOT_TOLD -> work.tell(story, ANSWERED, Map.of("consentGiven", false));
      default -> {
        // Someone asked has still to answer.
      }
    }
  }

  private Complaint complaintOf(Story story) {
    return complaints
        .find(story.complaintId())
        .orElseThrow(() -> new IllegalStateException("story without its complaint"));
  }
}
