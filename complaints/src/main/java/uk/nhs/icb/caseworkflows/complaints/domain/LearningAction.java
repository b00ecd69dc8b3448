package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * An action the ICB committed to because of a complaint (reg 3(2)(g): action is taken in the light
 * of the outcome): one its final response promised, or one the Ombudsman recommended. Each is
 * followed to completion by its owner, with a reminder when it falls due, and stays on the file,
 * open or done, after the complaint closes.
 */
@Entity
@Table(name = "complaint_learning_action")
public class LearningAction {

  /** Where the action came from. */
  public enum Source {
    /** Promised in the complaint's final response. */
    RESPONSE,
    /** Recommended by the Parliamentary and Health Service Ombudsman. */
    OMBUDSMAN
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 20)
  private Source source;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "owner", nullable = false, length = 300)
  private String owner;

  @Column(name = "due_by", nullable = false)
  private LocalDate dueBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 100)
  private String completedBy;

  @Column(name = "completion_note", length = 2000)
  private String completionNote;

  protected LearningAction() {}

  public static LearningAction open(
      String complaintId, Source source, ResponseAction promised, Instant at) {
    LearningAction action = new LearningAction();
    action.id = UUID.randomUUID().toString();
    action.complaintId = Objects.requireNonNull(complaintId, "complaintId");
    action.source = Objects.requireNonNull(source, "source");
    action.description = promised.description();
    action.owner = promised.owner();
    action.dueBy = promised.dueBy();
    action.openedAt = Objects.requireNonNull(at, "at");
    return action;
  }

  /** Done, with what was done; once only. */
  public void complete(String note, Instant at, String by) {
    if (completedAt != null) {
      throw new ComplaintRuleException("This action was already recorded as done.");
    }
    completionNote = Text.required(note, "what was done");
    completedAt = Objects.requireNonNull(at, "at");
    completedBy = Text.required(by, "who recorded it done");
  }

  /** The owner was reminded (the process's timer); the last reminder is kept. */
  public void reminded(Instant at) {
    if (completedAt == null) {
      remindedAt = at;
    }
  }

  public boolean isDone() {
    return completedAt != null;
  }

  /** Open after the end of its due day. */
  public boolean isOverdueOn(LocalDate today) {
    return !isDone() && today.isAfter(dueBy);
  }

  public String id() {
    return id;
  }

  public String complaintId() {
    return complaintId;
  }

  public Source source() {
    return source;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueBy() {
    return dueBy;
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public Optional<String> completedBy() {
    return Optional.ofNullable(completedBy);
  }

  public Optional<String> completionNote() {
    return Optional.ofNullable(completionNote);
  }
}
