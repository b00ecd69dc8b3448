package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * What the investigation found and what will change: the overall outcome that follows from the
 * finding on each issue, the actions and service improvements identified, who recorded them, and
 * who signed off the response that tells the complainant. Before the outcome is recorded the
 * complaint has an empty one.
 */
@Embeddable
public class ComplaintOutcome {

  @Enumerated(EnumType.STRING)
  @Column(name = "overall_outcome", length = 20)
  private IssueOutcome overall;

  @Column(name = "outcome_recorded_at")
  private Instant recordedAt;

  @Column(name = "outcome_recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "signed_off_by", length = 100)
  private String signedOffBy;

  // Mapped on the complaint, as EclipseLink cannot map a collection inside an embeddable.
  @Transient private List<String> improvements;

  /** Not yet recorded. */
  protected ComplaintOutcome() {}

  /** The outcome of a complaint whose actions and improvements are these. */
  ComplaintOutcome of(List<String> improvements) {
    this.improvements = improvements;
    return this;
  }

  /** The overall outcome follows from the findings; recording again replaces the outcome. */
  ComplaintOutcome recorded(
      List<IssueOutcome> perIssue, List<String> actionsAndImprovements, Instant at, String by) {
    overall = IssueOutcome.overallOf(perIssue);
    improvements.clear();
    actionsAndImprovements.stream()
        .map(Text::optional)
        .filter(Objects::nonNull)
        .forEach(improvements::add);
    recordedAt = at;
    recordedBy = Text.required(by, "who recorded the outcome");
    return this;
  }

  /** By the responsible person, or someone acting for them. */
  void signedOff(String by) {
    signedOffBy = Text.required(by, "who signed off the response");
  }

  /** Upheld in whole or in part: the complaint may then become a service-user story. */
  boolean upheldAtLeastInPart() {
    return overall != null && overall.upheldAtLeastInPart();
  }

  public Optional<IssueOutcome> overall() {
    return Optional.ofNullable(overall);
  }

  public List<String> actionsAndImprovements() {
    return List.copyOf(improvements);
  }

  public Optional<Instant> recordedAt() {
    return Optional.ofNullable(recordedAt);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String signedOffBy() {
    return signedOffBy;
  }
}
