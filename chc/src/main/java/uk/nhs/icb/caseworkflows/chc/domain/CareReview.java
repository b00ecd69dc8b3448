package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** A review of an eligible person's care: when it was held, by whom, what it found, what next. */
@Embeddable
public class CareReview {

  public static final int NOTES_LENGTH = 4000;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "reviewed_by", nullable = false, length = 100)
  private String reviewedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private ReviewOutcome outcome;

  @Column(name = "notes", nullable = false, length = NOTES_LENGTH)
  private String notes;

  @Column(name = "next_review_by")
  private LocalDate nextReviewBy;

  protected CareReview() {}

  public CareReview(
      LocalDate heldOn,
      String reviewedBy,
      ReviewOutcome outcome,
      String notes,
      LocalDate nextReviewBy) {
    this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
    this.reviewedBy = Text.required(reviewedBy, "the reviewer");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.notes = Text.required(notes, "what the review found");
    this.nextReviewBy = nextReviewBy;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public ReviewOutcome outcome() {
    return outcome;
  }

  public String notes() {
    return notes;
  }

  /** Empty after a review that arranged a reassessment: the new decision sets the next review. */
  public Optional<LocalDate> nextReviewBy() {
    return Optional.ofNullable(nextReviewBy);
  }
}
