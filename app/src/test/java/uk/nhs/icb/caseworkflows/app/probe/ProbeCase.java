package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * The smallest case there is: an id, a reference, and the one finding its review records, which
 * closes it.
 */
@Entity
@Table(name = "probe_case")
public class ProbeCase {

  /** The case type, as the audit trail, the letters and the retention register name it. */
  public static final String TYPE = "probe";

  /** The longest finding the column keeps; the form refuses a longer one beside its field. */
  public static final int FINDING_LENGTH = 200;

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 40)
  private String reference;

  @Column(length = FINDING_LENGTH)
  private String finding;

  @Column(nullable = false)
  private boolean closed;

  @Version private long version;

  protected ProbeCase() {}

  ProbeCase(String id, String reference) {
    this.id = id;
    this.reference = reference;
  }

  String id() {
    return id;
  }

  String reference() {
    return reference;
  }

  String finding() {
    return finding;
  }

  boolean isClosed() {
    return closed;
  }

  long version() {
    return version;
  }

  void rename(String newReference) {
    this.reference = newReference;
  }

  /** The review's finding; recording it closes the case. */
  void close(String reviewFinding) {
    String text = reviewFinding == null ? "" : reviewFinding.strip();
    if (text.isEmpty() || text.length() > FINDING_LENGTH) {
      throw new InvalidInputException(
          "finding", "must be 1 to " + FINDING_LENGTH + " characters long");
    }
    this.finding = text;
    this.closed = true;
  }
}
