package uk.nhs.icb.caseworkflows.common.retention.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * A closed case record under retention: when it closed, until when it is kept, and every extension
 * of that date. It never holds the case's personal data, only its type, id and reference, so it
 * outlives the destruction of the record it describes.
 */
@Entity
@Table(
    name = "retained_record",
    uniqueConstraints =
        @UniqueConstraint(
            name = "retained_record_case",
            columnNames = {"record_type", "record_id"}))
public class RetainedRecord extends ClosedRecordEntry {

  /** How long an extension's reason or a destruction's appraisal may be. */
  public static final int MAX_REASON_LENGTH = 2000;

  public enum Status {
    RETAINED,
    DESTROYED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "retain_until", nullable = false)
  private LocalDate retainUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @ElementCollection
  @CollectionTable(
      name = "retained_record_extension",
      joinColumns = @JoinColumn(name = "retained_record_id"))
  @OrderColumn(name = "position")
  private List<RetentionExtension> extensions = new ArrayList<>();

  protected RetainedRecord() {}

  private RetainedRecord(RecordClosed closed) {
    super(closed);
  }

  /**
   * Starts the retention of a record closed on {@code closedOn}, kept until {@code retainUntil}.
   */
  public static RetainedRecord start(RecordClosed closed, LocalDate retainUntil) {
    if (!retainUntil.isAfter(closed.closedOn().minusDays(1))) {
      throw new IllegalArgumentException("Retention cannot end before the record closed.");
    }
    RetainedRecord record = new RetainedRecord(closed);
    record.id = UUID.randomUUID().toString();
    record.retainUntil = retainUntil;
    record.status = Status.RETAINED;
    return record;
  }

  /** Whether the retention period has ended on {@code today}, so the record is due for review. */
  public boolean isDueOn(LocalDate today) {
    return status == Status.RETAINED && !retainUntil.isAfter(today);
  }

  /**
   * Keeps the record longer: allowed at any time while it is kept (a claim or an information
   * request may arrive years before the end), always to a later date and with a reason.
   */
  public void extend(LocalDate until, String reason, Instant at, String by, LocalDate today) {
    requireRetained();
    List<FieldError> errors = new ArrayList<>();
    if (until == null) {
      errors.add(field("retainUntil", "is required"));
    } else if (!until.isAfter(retainUntil) || !until.isAfter(today)) {
      errors.add(
          field(
              "retainUntil",
              "must be after "
                  + (retainUntil.isAfter(today) ? retainUntil : today)
                  + ", the date the record is kept until now"));
    }
    String why = reasonOrError(reason, "reason", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    extensions.add(
        new RetentionExtension(retainUntil, until, why, Objects.requireNonNull(by, "by"), at));
    retainUntil = until;
  }

  /**
   * Records the decision to destroy, after the review the Code requires: never before the end of
   * the retention period, never twice, always with the reviewer's appraisal of why the record is no
   * longer needed. The case module erases the record itself in the same transaction.
   */
  public DestructionCertificate destroy(
      String appraisal, List<String> destroyed, Instant at, String by, LocalDate today) {
    requireDestroyableOn(today, appraisal);
    status = Status.DESTROYED;
    return DestructionCertificate.issue(this, appraisal.strip(), destroyed, at, by);
  }

  /** The check a destruction makes before the case module erases anything. */
  public void requireDestroyableOn(LocalDate today, String appraisal) {
    requireRetained();
    if (!isDueOn(today)) {
      throw new ConflictProblem(
          "Record "
              + reference()
              + " is kept until "
              + retainUntil
              + ": it cannot be destroyed before its retention period ends.");
    }
    List<FieldError> errors = new ArrayList<>();
    reasonOrError(appraisal, "appraisal", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void requireRetained() {
    if (status == Status.DESTROYED) {
      throw new ConflictProblem("Record " + reference() + " has already been destroyed.");
    }
  }

  private static String reasonOrError(String text, String name, List<FieldError> errors) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      errors.add(field(name, "is required"));
    } else if (trimmed.length() > MAX_REASON_LENGTH) {
      errors.add(field(name, "must be " + MAX_REASON_LENGTH + " characters or fewer"));
    }
    return trimmed;
  }

  private static FieldError field(String name, String reason) {
    return new FieldError(name, reason);
  }

  public String id() {
    return id;
  }

  public LocalDate retainUntil() {
    return retainUntil;
  }

  public Status status() {
    return status;
  }

  public List<RetentionExtension> extensions() {
    return List.copyOf(extensions);
  }
}
