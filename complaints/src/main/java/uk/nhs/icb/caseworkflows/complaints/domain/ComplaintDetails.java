package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * What the complainant says happened, when, when they found out if later, and what they want to
 * come of it. The dates decide whether the complaint is in time.
 */
@Embeddable
public class ComplaintDetails {

  @Column(name = "what_happened", nullable = false, length = 8000)
  private String whatHappened;

  @Column(name = "happened_on")
  private LocalDate happenedOn;

  @Column(name = "came_to_notice_on")
  private LocalDate cameToNoticeOn;

  @Column(name = "desired_outcome", length = 4000)
  private String desiredOutcome;

  protected ComplaintDetails() {}

  /**
   * @param happenedOn when it happened; null if the complainant cannot say
   * @param cameToNoticeOn when the complainant learnt of it, if later; otherwise null
   */
  public ComplaintDetails(
      String whatHappened, LocalDate happenedOn, LocalDate cameToNoticeOn, String desiredOutcome) {
    this.whatHappened = Text.required(whatHappened, "what happened");
    if (happenedOn != null && cameToNoticeOn != null && cameToNoticeOn.isBefore(happenedOn)) {
      throw new IllegalArgumentException("nobody can learn of something before it happens");
    }
    this.happenedOn = happenedOn;
    this.cameToNoticeOn = cameToNoticeOn;
    this.desiredOutcome = Text.optional(desiredOutcome);
  }

  /** The day the 12 months run from: learning of it if later than the event itself. */
  public LocalDate timeLimitStart() {
    return cameToNoticeOn != null ? cameToNoticeOn : happenedOn;
  }

  public String whatHappened() {
    return whatHappened;
  }

  public LocalDate happenedOn() {
    return happenedOn;
  }

  public LocalDate cameToNoticeOn() {
    return cameToNoticeOn;
  }

  public String desiredOutcome() {
    return desiredOutcome;
  }
}
