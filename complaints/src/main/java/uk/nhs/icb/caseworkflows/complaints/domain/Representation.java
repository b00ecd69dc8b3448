package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The complainant's standing to act for the person affected, and the evidence seen for it (a
 * lasting power of attorney, a grant of probate, parental responsibility).
 */
@Embeddable
public class Representation {

  @Enumerated(EnumType.STRING)
  @Column(name = "representative_standing", length = 20)
  private RepresentativeStanding standing;

  @Column(name = "standing_evidence", length = 2000)
  private String evidence;

  protected Representation() {}

  public Representation(RepresentativeStanding standing, String evidence) {
    this.standing = Objects.requireNonNull(standing, "standing");
    this.evidence = Text.optional(evidence);
  }

  public RepresentativeStanding standing() {
    return standing;
  }

  /** What was seen to show the standing; null while the handler is still waiting for it. */
  public String evidence() {
    return evidence;
  }
}
