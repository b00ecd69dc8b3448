package uk.nhs.icb.caseworkflows.complaints.stories.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
 *
 * <p>Stored with the original draft beside its redaction; only the redaction ever leaves the
 * stories area for a report. The first publication is remembered after a withdrawal, so the reports
 * can tell a story withdrawn after publication from one that never was.
 */
@Entity
@Table(name = "story")
public class Story {

  /** Parts of a draft: the original text is at most this long. */
  public static final int MAX_PART = 6000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "story_consent", joinColumns = @JoinColumn(name = "story_id"))
  @OrderColumn(name = "position")
  private List<ConsentAsked> consents = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private StoryStatus status = StoryStatus.AWAITING_CONSENT;

  @Column(name = "asked_at")
  private Instant askedAt;

  @Column(name = "reminded_at")
  private Instant reminded;

  @Column(name = "original_concern", length = MAX_PART)
  private String originalConcern;

  @Column(name = "original_improvements", length = MAX_PART)
  private String originalImprovements;

  @Column(name = "original_procedure", length = MAX_PART)
  private String originalProcedure;

  // A placeholder can be longer than what it replaces ("Jo" becomes "[name]").
  @Column(name = "redacted_concern", length = 2 * MAX_PART)
  private String redactedConcern;

  @Column(name = "redacted_improvements", length = 2 * MAX_PART)
  private String redactedImprovements;

  @Column(name = "redacted_procedure", length = 2 * MAX_PART)
  private String redactedProcedure;

  @Column(name = "drafted_by", length = 100)
  private String draftedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "story_review", joinColumns = @JoinColumn(name = "story_id"))
  @OrderColumn(name = "position")
  private List<StoryReview> reviews = new ArrayList<>();

  @Column(name = "manager_approved", nullable = false)
  private boolean managerApproved;

  @Column(name = "caldicott_approved", nullable = false)
  private boolean caldicottApproved;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Story() {}

  private Story(String id, String complaintId, List<String> askedOf) {
    this.id = id;
    this.complaintId = complaintId;
    askedOf.forEach(person -> consents.add(new ConsentAsked(person)));
  }

  /** Consent asked of each of {@code askedOf} ("service user", "carer", "representative"). */
  public static Story askConsent(String id, String complaintId, List<String> askedOf) {
    if (askedOf.isEmpty()) {
      throw new StoryRuleException("askedOf", "must name whose consent is asked");
    }
    return new Story(id, complaintId, askedOf);
  }

  /** When the letters asking consent went. */
  public void asked(Instant at) {
    askedAt = at;
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
    ConsentAsked asked =
        consents.stream()
            .filter(consent -> consent.person().equals(person))
            .findFirst()
            .orElseThrow(() -> new StoryRuleException("person", "was not asked for consent"));
    if (answer == ConsentAnswer.NO_REPLY && reminded == null) {
      throw new StoryRuleException("consent", "is not 'no reply' before the reminder");
    }
    asked.answer(answer);
    if (answer != ConsentAnswer.GIVEN) {
      status = StoryStatus.NOT_TOLD;
    } else if (consents.stream().allMatch(consent -> consent.answer() == ConsentAnswer.GIVEN)) {
      status = StoryStatus.DRAFTING;
    }
  }

  /** The handler's draft and its redaction; goes to the complaints manager. */
  public void draft(StoryParts original, StoryParts redacted) {
    draft(original, redacted, null);
  }

  public void draft(StoryParts original, StoryParts redacted, String by) {
    require(StoryStatus.DRAFTING, "story");
    originalConcern = original.concern();
    originalImprovements = original.improvements();
    originalProcedure = original.procedure();
    redactedConcern = redacted.concern();
    redactedImprovements = redacted.improvements();
    redactedProcedure = redacted.procedure();
    draftedBy = by;
    status = StoryStatus.MANAGER_REVIEW;
  }

  public void reviewByManager(Review review) {
    require(StoryStatus.MANAGER_REVIEW, "review");
    reviews.add(new StoryReview(review));
    managerApproved = review.approved();
    status = review.approved() ? StoryStatus.CALDICOTT_REVIEW : StoryStatus.DRAFTING;
  }

  public void reviewByCaldicottGuardian(Review review) {
    require(StoryStatus.CALDICOTT_REVIEW, "review");
    reviews.add(new StoryReview(review));
    caldicottApproved = review.approved();
    if (!review.approved()) {
      managerApproved = false;
      status = StoryStatus.DRAFTING;
    }
  }

  /** Publishes the redacted story; refused without both approvals and consent in force. */
  public void publish(Instant at) {
    if (!consentInForce()) {
      throw new StoryRuleException("consent", "must be given by everyone asked and not withdrawn");
    }
    if (!managerApproved || !caldicottApproved || status != StoryStatus.CALDICOTT_REVIEW) {
      throw new StoryRuleException(
          "approvals", "must include a complaints manager's and the Caldicott Guardian's");
    }
    publishedAt = at;
    if (firstPublishedAt == null) {
      firstPublishedAt = at;
    }
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

  /**
   * The complaint's record was destroyed at the end of its retention: the original draft and the
   * reviewers' comments (which may quote it) go with it; the redacted story, the answers and the
   * decisions stay, as anonymised stories survive their case.
   */
  public void eraseOriginal() {
    originalConcern = null;
    originalImprovements = null;
    originalProcedure = null;
    draftedBy = null;
    reviews.forEach(StoryReview::eraseComments);
  }

  /** Consent withdrawn after the story had reached the governing body. */
  public boolean wasWithdrawnAfterPublication() {
    return withdrawnAt != null && firstPublishedAt != null;
  }

  private boolean consentInForce() {
    return withdrawnAt == null
        && consents.stream().allMatch(consent -> consent.answer() == ConsentAnswer.GIVEN);
  }

  private void require(StoryStatus expected, String field) {
    if (status != expected) {
      throw new StoryRuleException(field, "cannot be recorded while the story is " + status);
    }
  }

  public String id() {
    return id;
  }

  /** Zero until first stored; a change sent with an older version is stale. */
  public long version() {
    return version;
  }

  public String complaintId() {
    return complaintId;
  }

  public StoryStatus status() {
    return status;
  }

  /** Each person asked and their answer (null while they have not answered), in asking order. */
  public Map<String, ConsentAnswer> answers() {
    Map<String, ConsentAnswer> answers = new LinkedHashMap<>();
    consents.forEach(consent -> answers.put(consent.person(), consent.answer()));
    return answers;
  }

  /** Those asked who have not answered yet. */
  public List<String> awaitingAnswerFrom() {
    return consents.stream()
        .filter(consent -> consent.answer() == null)
        .map(ConsentAsked::person)
        .toList();
  }

  public Optional<Instant> askedAt() {
    return Optional.ofNullable(askedAt);
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(reminded);
  }

  public Optional<StoryParts> original() {
    return originalConcern == null
        ? Optional.empty()
        : Optional.of(new StoryParts(originalConcern, originalImprovements, originalProcedure));
  }

  public Optional<StoryParts> redacted() {
    return redactedConcern == null
        ? Optional.empty()
        : Optional.of(new StoryParts(redactedConcern, redactedImprovements, redactedProcedure));
  }

  public Optional<String> draftedBy() {
    return Optional.ofNullable(draftedBy);
  }

  public List<Review> reviews() {
    return reviews.stream().map(StoryReview::review).toList();
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<Instant> firstPublishedAt() {
    return Optional.ofNullable(firstPublishedAt);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }
}
