package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Who referred the person and where the person is: the setting decides, among other things, whether
 * NHS-funded Nursing Care must be considered if they are found not eligible.
 */
@Embeddable
public class ReferralSource {

  @Column(name = "referred_by", nullable = false, length = 200)
  private String referredBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "lives_in", nullable = false, length = 30)
  private CareSetting livesIn;

  @Enumerated(EnumType.STRING)
  @Column(name = "going_to", length = 30)
  private CareSetting goingTo;

  protected ReferralSource() {}

  /**
   * @param referredBy who referred, with their role and organisation ("Sam Okafor, Discharge
   *     Liaison Nurse, Northvale General Hospital")
   * @param goingTo where the person is going to live, or null when no move is planned
   */
  public ReferralSource(String referredBy, CareSetting livesIn, CareSetting goingTo) {
    this.referredBy = Text.required(referredBy, "who referred the person");
    this.livesIn = Objects.requireNonNull(livesIn, "livesIn");
    this.goingTo = goingTo;
  }

  public String referredBy() {
    return referredBy;
  }

  public CareSetting livesIn() {
    return livesIn;
  }

  /** Null when no move is planned. */
  public CareSetting goingTo() {
    return goingTo;
  }
}
