package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A period when the response clock stood still, for example while waiting for the complainant's
 * consent or records from a third party: why, who stopped and restarted it and when, and the
 * working days it gave back to the response date.
 */
@Embeddable
public class ClockStop {

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  @Column(name = "stopped_at", nullable = false)
  private Instant stoppedAt;

  @Column(name = "stopped_by", nullable = false, length = 100)
  private String stoppedBy;

  @Column(name = "restarted_at")
  private Instant restartedAt;

  @Column(name = "restarted_by", length = 100)
  private String restartedBy;

  @Column(name = "working_days_stopped")
  private Integer workingDaysStopped;

  protected ClockStop() {}

  private ClockStop(String reason, Instant stoppedAt, String stoppedBy) {
    this.reason = Text.required(reason, "the reason for stopping the clock");
    this.stoppedAt = Objects.requireNonNull(stoppedAt, "stoppedAt");
    this.stoppedBy = Text.required(stoppedBy, "who stopped the clock");
  }

  static ClockStop stopped(String reason, Instant at, String by) {
    return new ClockStop(reason, at, by);
  }

  ClockStop restarted(Instant at, String by, int workingDays) {
    ClockStop ended = new ClockStop(reason, stoppedAt, stoppedBy);
    ended.restartedAt = Objects.requireNonNull(at, "at");
    ended.restartedBy = Text.required(by, "who restarted the clock");
    ended.workingDaysStopped = workingDays;
    return ended;
  }

  public boolean isOngoing() {
    return restartedAt == null;
  }

  public LocalDate stoppedOn() {
    return Text.londonDate(stoppedAt);
  }

  public String reason() {
    return reason;
  }

  public Instant stoppedAt() {
    return stoppedAt;
  }

  public String stoppedBy() {
    return stoppedBy;
  }

  /** Null while the clock is still stopped. */
  public Instant restartedAt() {
    return restartedAt;
  }

  public String restartedBy() {
    return restartedBy;
  }

  /** Null while the clock is still stopped. */
  public Integer workingDaysStopped() {
    return workingDaysStopped;
  }
}
