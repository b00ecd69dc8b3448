package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A review of how a decision was made, asked for within its days of the decision letter on one of
 * the three grounds, with its outcome due within its own days.
 */
@Embeddable
public class Review {

  @Enumerated(EnumType.STRING)
  @Column(name = "review_ground", length = 30)
  private ReviewGround ground;

  @Column(name = "review_case", length = TreatmentRequested.TEXT_LENGTH)
  private String statedCase;

  @Column(name = "review_requested_on")
  private LocalDate requestedOn;

  @Column(name = "review_due")
  private LocalDate due;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_outcome", length = 20)
  private ReviewOutcome outcome;

  @Column(name = "review_reasons", length = TreatmentRequested.TEXT_LENGTH)
  private String reasons;

  @Column(name = "review_decided_on")
  private LocalDate decidedOn;

  protected Review() {}

  static Review requested(ReviewGround ground, String statedCase, LocalDate on, LocalDate due) {
    Review review = new Review();
    review.ground = ground;
    review.statedCase = TreatmentRequested.text(statedCase, "statedCase");
    review.requestedOn = on;
    review.due = due;
    return review;
  }

  void decide(ReviewOutcome found, String why, LocalDate on) {
    this.outcome = found;
    this.reasons = TreatmentRequested.text(why, "reasons");
    this.decidedOn = on;
  }

  public ReviewGround ground() {
    return ground;
  }

  public String statedCase() {
    return statedCase;
  }

  public LocalDate requestedOn() {
    return requestedOn;
  }

  public LocalDate due() {
    return due;
  }

  public Optional<ReviewOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public String reasons() {
    return reasons;
  }

  public Optional<LocalDate> decidedOn() {
    return Optional.ofNullable(decidedOn);
  }
}
