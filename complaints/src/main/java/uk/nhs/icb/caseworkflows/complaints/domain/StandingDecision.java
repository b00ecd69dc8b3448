package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The ICB's decision on whether a representative may complain for the patient (regulation 5). For a
 * child it must be satisfied there are reasonable grounds for the representative complaining
 * instead of the child; for a child or a person lacking capacity, that the representative acts in
 * their best interests; for a patient who has died, that the representative's standing is shown by
 * evidence. A refusal gives its reasons, which the letter to the representative quotes; the
 * complaint then goes no further.
 */
@Embeddable
public class StandingDecision {

  /** What the ICB must find before it can accept a representative on some grounds. */
  public enum Finding {
    REASONABLE_GROUNDS,
    BEST_INTERESTS,
    EVIDENCE
  }

  /** An acceptance refused for want of a finding, which says which. */
  public static final class FindingMissing extends ComplaintRuleException {

    private final Finding finding;

    FindingMissing(Finding finding) {
      super(whyNot(finding));
      this.finding = finding;
    }

    public Finding finding() {
      return finding;
    }
  }

  @Column(name = "standing_accepted")
  private Boolean accepted;

  /** Null when the ground does not ask for it. */
  @Column(name = "standing_reasonable_grounds")
  private Boolean reasonableGrounds;

  /** Null when the ground does not ask for it. */
  @Column(name = "standing_best_interests")
  private Boolean bestInterests;

  @Column(name = "standing_evidence_seen", length = 2000)
  private String evidenceSeen;

  @Column(name = "standing_reasons", length = 2000)
  private String reasons;

  @Column(name = "standing_decided_at")
  private Instant decidedAt;

  @Column(name = "standing_decided_by", length = 100)
  private String decidedBy;

  protected StandingDecision() {}

  private StandingDecision(
      boolean accepted,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      String evidenceSeen,
      String reasons,
      Instant decidedAt,
      String decidedBy) {
    this.accepted = accepted;
    this.reasonableGrounds = reasonableGrounds;
    this.bestInterests = bestInterests;
    this.evidenceSeen = evidenceSeen;
    this.reasons = reasons;
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
    this.decidedBy = Text.required(decidedBy, "who decided");
  }

  /**
   * Records the decision on {@code representation}; an acceptance the regulation does not allow is
   * refused with what is missing, and a refusal needs its reasons.
   *
   * @param reasonableGrounds asked for a child only; ignored otherwise
   * @param bestInterests asked for a child or a person lacking capacity; ignored otherwise
   * @param evidenceSeen what was seen of the standing, if not already on file from intake
   */
  static StandingDecision decide(
      Representation representation,
      boolean accept,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      String evidenceSeen,
      String reasons,
      Instant at,
      String by) {
    RepresentativeStanding ground = representation.standing();
    Boolean grounds = ground.asksForReasonableGrounds() ? reasonableGrounds : null;
    Boolean interests = ground.asksForBestInterests() ? bestInterests : null;
    String seen = Text.optional(evidenceSeen);
    if (accept) {
      boolean evidenced = representation.evidence() != null || seen != null;
      missingToAccept(ground, grounds, interests, evidenced)
          .ifPresent(
              finding -> {
                throw new FindingMissing(finding);
              });
    } else if (Text.optional(reasons) == null) {
      throw new ComplaintRuleException(
          "Give the reasons the representative may not complain for the patient: the letter to"
              + " them quotes them.");
    }
    return new StandingDecision(accept, grounds, interests, seen, Text.optional(reasons), at, by);
  }

  /** The first finding missing for the ICB to accept a representative on {@code ground}. */
  public static Optional<Finding> missingToAccept(
      RepresentativeStanding ground,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      boolean evidenced) {
    if (ground.asksForReasonableGrounds() && !Boolean.TRUE.equals(reasonableGrounds)) {
      return Optional.of(Finding.REASONABLE_GROUNDS);
    }
    if (ground.asksForBestInterests() && !Boolean.TRUE.equals(bestInterests)) {
      return Optional.of(Finding.BEST_INTERESTS);
    }
    if (ground.needsRelationship() && !evidenced) {
      return Optional.of(Finding.EVIDENCE);
    }
    return Optional.empty();
  }

  /** Why the representative cannot be accepted without {@code finding}, for the handler. */
  public static String whyNot(Finding finding) {
    return switch (finding) {
      case REASONABLE_GROUNDS ->
          "A child's representative can be accepted only if there are reasonable grounds for them"
              + " complaining instead of the child. If there are not, refuse, with the reasons.";
      case BEST_INTERESTS ->
          "A representative of a child or of someone who lacks capacity can be accepted only if"
              + " they act in the patient's best interests. If they do not, refuse, with the"
              + " reasons.";
      case EVIDENCE ->
          "Record the evidence of the representative's standing (for example a grant of probate)"
              + " before accepting them for a patient who has died.";
    };
  }

  public boolean accepted() {
    return accepted;
  }

  /** Empty when the ground does not ask for it (anyone but a child). */
  public Optional<Boolean> reasonableGrounds() {
    return Optional.ofNullable(reasonableGrounds);
  }

  /**
   * Empty when the ground does not ask for it (anyone but a child or a person lacking capacity).
   */
  public Optional<Boolean> bestInterests() {
    return Optional.ofNullable(bestInterests);
  }

  public Optional<String> evidenceSeen() {
    return Optional.ofNullable(evidenceSeen);
  }

  /** Required when refused; may be empty when accepted. */
  public Optional<String> reasons() {
    return Optional.ofNullable(reasons);
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }
}
