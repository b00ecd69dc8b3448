package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An anonymised service-user story about one upheld or partly upheld complaint, from the letters
 * asking consent to its publication to the governing body.
 *
 * <p>Consent is asked of the service user (and the carer where there is one; for a patient who has
 * died, the complainant as their representative). Every one asked must consent: a refusal, or no
 * reply after one reminder, ends it untold. With consent the handler drafts the three parts, which
 * are kept beside their redaction; a complaints manager and then the Caldicott Guardian each
 * approve or return it, a return sending it back to the draft and clearing the approvals given. It
 * is published only with both approvals and consent in force. Consent may be withdrawn at any time:
 * the story is unpublished, stays out of every future report, and the reports that already carried
 * it are listed for the IG officer. A reopened complaint stops a story still under way.
 */
public class Story {

  private final String id;
  private final String complaintId;
  private final Map<String, ConsentAnswer> answers = new LinkedHashMap<>();
  private StoryStatus status = StoryStatus.AWAITING_CONSENT;
  private Instant reminded;
  private StoryParts original;
  private StoryParts redacted;
  private final List<Review> reviews = new ArrayList<>();
  private Review managerApproval;
  private Review caldicottApproval;
  private Instant publishedAt;
  private Instant withdrawnAt;

  private Story(String id, String complaintId, List<String> askedOf) {
    this.id = id;
    this.complaintId = complaintId;
    askedOf.forEach(person -> answers.put(person, null));
  }

  /** Consent asked of each of {@code askedOf} ("service user", "carer", "representative"). */
  public static Story askConsent(String id, String complaintId, List<String> askedOf) {
    if (askedOf.isEmpty()) {
      throw new StoryRuleException("askedOf", "must name whose consent is asked");
    }
    return new Story(id, complaintId, askedOf);
  }

  /** The one reminder, sent when the first reply period ran out. */
  public void remind(Instant at) {
    require(StoryStatus.AWAITING_CONSENT, "consent");
    if (reminded != null) {
      throw new StoryRuleException("consent", "has already had its one reminder");
    }
    reminded = at;
  }

  /** One person's answer; the story goes on only when every one asked has consented. */
  public void recordAnswer(String person, ConsentAnswer answer) {
    require(StoryStatus.AWAITING_CONSENT, "consent");
    if (!answers.containsKey(person)) {
      throw new StoryRuleException("person", "was not asked for consent");
    }
    if (answer == ConsentAnswer.NO_REPLY && reminded == null) {
      throw new StoryRuleException("consent", "is not 'no reply' before the reminder");
    }
    answers.put(person, answer);
    if (answer != ConsentAnswer.GIVEN) {
      status = StoryStatus.NOT_TOLD;
    } else if (answers.values().stream().allMatch(ConsentAnswer.GIVEN::equals)) {
      status = StoryStatus.DRAFTING;
    }
  }

  /** The handler's draft and its redaction; goes to the complaints manager. */
  public void draft(StoryParts original, StoryParts redacted) {
    require(StoryStatus.DRAFTING, "story");
    this.original = original;
    this.redacted = redacted;
    status = StoryStatus.MANAGER_REVIEW;
  }

  public void reviewByManager(Review review) {
    require(StoryStatus.MANAGER_REVIEW, "review");
    reviews.add(review);
    managerApproval = review.approved() ? review : null;
    status = review.approved() ? StoryStatus.CALDICOTT_REVIEW : StoryStatus.DRAFTING;
  }

  public void reviewByCaldicottGuardian(Review review) {
    require(StoryStatus.CALDICOTT_REVIEW, "review");
    reviews.add(review);
    caldicottApproval = review.approved() ? review : null;
    if (!review.approved()) {
      managerApproval = null;
      status = StoryStatus.DRAFTING;
    }
  }

  /** Publishes the redacted story; refused without both approvals and consent in force. */
  public void publish(Instant at) {
    if (!consentInForce()) {
      throw new StoryRuleException("consent", "must be given by everyone asked and not withdrawn");
    }
    if (managerApproval == null
        || caldicottApproval == null
        || status != StoryStatus.CALDICOTT_REVIEW) {
      throw new StoryRuleException(
          "approvals", "must include a complaints manager's and the Caldicott Guardian's");
    }
    publishedAt = at;
    status = StoryStatus.PUBLISHED;
  }

  /**
   * Consent withdrawn: the story is unpublished for good. Returns the reports that carried it,
   * which the IG officer is shown ({@code carriedIn}: the reports the ICB has issued with it).
   */
  public List<String> withdrawConsent(Instant at, List<String> carriedIn) {
    if (status == StoryStatus.WITHDRAWN
        || status == StoryStatus.NOT_TOLD
        || status == StoryStatus.STOPPED) {
      throw new StoryRuleException("consent", "is not in force for this story");
    }
    boolean wasPublished = status == StoryStatus.PUBLISHED;
    withdrawnAt = at;
    publishedAt = null;
    status = StoryStatus.WITHDRAWN;
    return wasPublished ? List.copyOf(carriedIn) : List.of();
  }

  /** The complaint was reopened: a story still under way stops; a published one stands. */
  public boolean stopForReopenedComplaint() {
    if (isUnderWay()) {
      status = StoryStatus.STOPPED;
      return true;
    }
    return false;
  }

  public boolean isUnderWay() {
    return status == StoryStatus.AWAITING_CONSENT
        || status == StoryStatus.DRAFTING
        || status == StoryStatus.MANAGER_REVIEW
        || status == StoryStatus.CALDICOTT_REVIEW;
  }

  /** Whether the governing body may read it: published and never withdrawn. */
  public boolean isPublished() {
    return status == StoryStatus.PUBLISHED && withdrawnAt == null;
  }

  private boolean consentInForce() {
    return withdrawnAt == null && answers.values().stream().allMatch(ConsentAnswer.GIVEN::equals);
  }

  private void require(StoryStatus expected, String field) {
    if (status != expected) {
      throw new StoryRuleException(field, "cannot be recorded while the story is " + status);
    }
  }

  public String id() {
    return id;
  }

  public String complaintId() {
    return complaintId;
  }

  public StoryStatus status() {
    return status;
  }

  public Map<String, ConsentAnswer> answers() {
    return new LinkedHashMap<>(answers);
  }

  public Optional<StoryParts> original() {
    return Optional.ofNullable(original);
  }

  public Optional<StoryParts> redacted() {
    return Optional.ofNullable(redacted);
  }

  public List<Review> reviews() {
    return List.copyOf(reviews);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }
}
