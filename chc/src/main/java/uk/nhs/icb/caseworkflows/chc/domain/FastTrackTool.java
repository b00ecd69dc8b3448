package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A completed Fast Track Pathway Tool: an appropriate clinician (a registered nurse or doctor
 * responsible for the person's diagnosis, treatment or care) states that the person has a rapidly
 * deteriorating condition that may be entering a terminal phase, and why. The completed tool alone
 * establishes eligibility; the ICB neither screens nor assesses it, so the clinician's registration
 * and the reason are all it checks.
 */
@Embeddable
public class FastTrackTool {

  /** The longest reason kept: the clinician's own words. */
  public static final int REASON_LENGTH = 4000;

  @Column(name = "fast_track_clinician", length = 200)
  private String clinician;

  @Column(name = "fast_track_registration", length = 40)
  private String registration;

  @Column(name = "fast_track_reason", length = REASON_LENGTH)
  private String reason;

  @Column(name = "fast_track_completed_on")
  private LocalDate completedOn;

  protected FastTrackTool() {}

  /**
   * The tool as the clinician completed it: their name, their professional registration (an NMC PIN
   * or a GMC number), the reason and the day.
   */
  public FastTrackTool(
      String clinician, String registration, String reason, LocalDate completedOn) {
    this.clinician = Text.required(clinician, "the clinician's name");
    if (registration == null || registration.isBlank()) {
      throw new ChcRuleException(
          "Give the clinician's professional registration (NMC PIN or GMC number): only an"
              + " appropriate clinician may complete the Fast Track Pathway Tool.");
    }
    this.registration = registration.strip();
    if (reason == null || reason.isBlank()) {
      throw new ChcRuleException(
          "Give the clinician's reason: why the person has a rapidly deteriorating condition that"
              + " may be entering a terminal phase.");
    }
    this.reason = reason.strip();
    this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
  }

  public String clinician() {
    return clinician;
  }

  public String registration() {
    return registration;
  }

  public String reason() {
    return reason;
  }

  public LocalDate completedOn() {
    return completedOn;
  }
}
