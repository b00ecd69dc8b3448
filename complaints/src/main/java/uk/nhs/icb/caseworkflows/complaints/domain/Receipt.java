package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** How, when and by whom a complaint was received: the day every deadline counts from. */
@Embeddable
public class Receipt {

  @Enumerated(EnumType.STRING)
  @Column(name = "received_by_channel", nullable = false, length = 20)
  private Channel channel;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false, length = 100)
  private String receivedBy;

  protected Receipt() {}

  private Receipt(Channel channel, Instant receivedAt, String receivedBy) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.receivedBy = Text.required(receivedBy, "who received the complaint");
  }

  public static Receipt of(Channel channel, Instant receivedAt, String receivedBy) {
    return new Receipt(channel, receivedAt, receivedBy);
  }

  public Channel channel() {
    return channel;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  /** Refuses a step dated before receipt ("A complaint cannot be acknowledged before ..."). */
  void requireReceivedBy(Instant at, String what) {
    if (at.isBefore(receivedAt)) {
      throw new ComplaintRuleException(
          "A complaint cannot be " + what + " before it was received.");
    }
  }

  /** The day of receipt in England, whatever zone the server runs in. */
  public LocalDate receivedOn() {
    return Text.londonDate(receivedAt);
  }
}
