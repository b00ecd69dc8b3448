package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * One round of further local resolution: the complainant, not satisfied with the response, asked
 * for more; the complaint was reopened with what is still unresolved and its own date for the
 * further response. The round ends when the further response is sent; if its date passes first, the
 * process notes it as overdue for the complaints manager.
 */
@Entity
@Table(name = "complaint_further_response")
public class FurtherResponse {

  /** How long the handler's notes may be. */
  public static final int MAX_TEXT = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @Column(name = "round", nullable = false)
  private int round;

  @Column(name = "unresolved", nullable = false, length = MAX_TEXT)
  private String unresolved;

  @Column(name = "due_by", nullable = false)
  private LocalDate dueBy;

  @Column(name = "reopened_at", nullable = false)
  private Instant reopenedAt;

  @Column(name = "reopened_by", nullable = false, length = 100)
  private String reopenedBy;

  @Column(name = "overdue_noted_at")
  private Instant overdueNotedAt;

  @Column(name = "summary", length = MAX_TEXT)
  private String summary;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by", length = 100)
  private String sentBy;

  protected FurtherResponse() {}

  /**
   * Opens round {@code round} of further resolution, due by {@code dueBy}, which cannot be before
   * the day it was reopened.
   */
  public static FurtherResponse open(
      String complaintId, int round, String unresolved, LocalDate dueBy, Instant at, String by) {
    if (dueBy.isBefore(Text.londonDate(at))) {
      throw new ComplaintRuleException("The further response cannot be due before today.");
    }
    FurtherResponse further = new FurtherResponse();
    further.id = UUID.randomUUID().toString();
    further.complaintId = Objects.requireNonNull(complaintId, "complaintId");
    further.round = round;
    further.unresolved = Text.required(unresolved, "what is still unresolved");
    further.dueBy = dueBy;
    further.reopenedAt = Objects.requireNonNull(at, "at");
    further.reopenedBy = Text.required(by, "who reopened the complaint");
    return further;
  }

  /** The further response went, saying {@code summary}; once only. */
  public void send(String summary, Instant at, String by) {
    if (sentAt != null) {
      throw new ComplaintRuleException("This further response has already been sent.");
    }
    this.summary = Text.required(summary, "what the further response says");
    this.sentAt = Objects.requireNonNull(at, "at");
    this.sentBy = Text.required(by, "who sent the further response");
  }

  /** The date passed with no further response: noted once, for the complaints manager. */
  public void noteOverdue(Instant at) {
    if (sentAt == null && overdueNotedAt == null) {
      overdueNotedAt = at;
    }
  }

  public boolean isOpen() {
    return sentAt == null;
  }

  public boolean isOverdue() {
    return overdueNotedAt != null && sentAt == null;
  }

  public String id() {
    return id;
  }

  public String complaintId() {
    return complaintId;
  }

  public int round() {
    return round;
  }

  public String unresolved() {
    return unresolved;
  }

  public LocalDate dueBy() {
    return dueBy;
  }

  public Instant reopenedAt() {
    return reopenedAt;
  }

  public String reopenedBy() {
    return reopenedBy;
  }

  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<String> sentBy() {
    return Optional.ofNullable(sentBy);
  }
}
