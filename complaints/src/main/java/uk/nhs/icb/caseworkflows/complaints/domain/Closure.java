package uk.nhs.icb.caseworkflows.complaints.domain;

import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RESPONDED;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * When, why and by whom a complaint was closed. The day of closure is the day the complaint file's
 * retention period (10 years under the Records Management Code) starts from.
 *
 * <p>Once responded to, a complaint closes as responded; before that only when withdrawn, when
 * consent is not given, when it was found outside remit or refused as out of time, when the
 * representative's standing to complain for the patient was not accepted, or when it was passed to
 * the provider to handle (recorded as a transfer first). A spoken complaint put right by the end of
 * the next working day is closed as it is received, with how it was put right.
 */
@Embeddable
public class Closure {

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 20)
  private ClosureReason reason;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(name = "oral_resolution", length = 4000)
  private String oralResolution;

  protected Closure() {}

  private Closure(ClosureReason reason, Instant closedAt, String closedBy) {
    this.reason = Objects.requireNonNull(reason, "reason");
    this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
    this.closedBy = Text.required(closedBy, "who closed the complaint");
  }

  /** Closes a complaint neither transferred nor refused for its representative, for a reason. */
  static Closure of(
      ClosureReason reason,
      ComplaintStatus status,
      Admissibility admissibility,
      Instant at,
      String by) {
    return of(reason, status, admissibility, false, false, at, by);
  }

  /**
   * Closes for {@code reason}, refused unless the complaint's state supports it.
   *
   * @param standingRefused whether the ICB refused the representative's standing
   * @param recordedAsTransferred whether a transfer to the provider is on the file
   */
  static Closure of(
      ClosureReason reason,
      ComplaintStatus status,
      Admissibility admissibility,
      boolean standingRefused,
      boolean recordedAsTransferred,
      Instant at,
      String by) {
    status.requireOpen();
    switch (reason) {
      case RESPONDED -> status.require("closing as responded", RESPONDED);
      case WITHDRAWN, CONSENT_NOT_GIVEN, CONSENT_DECLINED ->
          status.requireNotYetResponded(
              "closing as " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      case OUTSIDE_REMIT -> {
        if (!admissibility.isOutsideRemit()) {
          throw new ComplaintRuleException(
              "Record that the complaint is not for the ICB, and where to go, before closing it.");
        }
      }
      case OUT_OF_TIME -> {
        if (!admissibility.isRefusedAsLate()) {
          throw new ComplaintRuleException(
              "Only a late complaint that was not accepted can be closed as out of time.");
        }
      }
      case STANDING_REFUSED -> {
        status.requireNotYetResponded("closing for the representative's standing");
        if (!standingRefused) {
          throw new ComplaintRuleException(
              "Only a complaint whose representative's standing was refused can be closed for it.");
        }
      }
      case TRANSFERRED -> {
        if (!recordedAsTransferred) {
          throw new ComplaintRuleException(
              "Record the transfer to the provider, with the complainant's consent, before closing"
                  + " the complaint as transferred.");
        }
      }
      case RESOLVED_ORALLY ->
          throw new ComplaintRuleException(
              "A complaint resolved orally is recorded as such when it is received, not closed later.");
    }
    return new Closure(reason, at, by);
  }

  /**
   * A spoken complaint put right by the end of the next working day: it stays outside the formal
   * process (reg 8), but the ICB still knows it was made and how it was put right.
   */
  static Closure resolvedOrally(
      Receipt receipt,
      String howResolved,
      Instant resolvedAt,
      String resolvedBy,
      ComplaintDeadlines deadlines) {
    if (!receipt.channel().isOral()) {
      throw new ComplaintRuleException(
          "Only a complaint made by telephone or in person can be resolved orally; a written "
              + "complaint goes through the complaints process.");
    }
    LocalDate lastDay = deadlines.lastDayToResolveOrally(receipt.receivedOn());
    if (Text.londonDate(resolvedAt).isAfter(lastDay)) {
      throw new ComplaintRuleException(
          "This complaint was not resolved by the end of the next working day ("
              + Text.day(lastDay)
              + "), so it must go through the complaints process.");
    }
    receipt.requireReceivedBy(resolvedAt, "resolved");
    String how = Text.required(howResolved, "how the complaint was resolved");
    Closure closure = new Closure(ClosureReason.RESOLVED_ORALLY, resolvedAt, resolvedBy);
    closure.oralResolution = how;
    return closure;
  }

  public Instant closedAt() {
    return closedAt;
  }

  /** The closure date in England: the start of the retention clock. */
  public LocalDate closedOn() {
    return Text.londonDate(closedAt);
  }

  public ClosureReason reason() {
    return reason;
  }

  public String closedBy() {
    return closedBy;
  }

  /** How a spoken complaint was put right, when it was resolved orally. */
  public Optional<String> oralResolution() {
    return Optional.ofNullable(oralResolution);
  }
}
