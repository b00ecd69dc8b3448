package uk.nhs.icb.caseworkflows.common.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * Something kept for one case of any workflow (a document, a letter, a consent, the case's
 * assignment): its own random id and the type and id of the case it belongs to, in the columns
 * {@code id}, {@code case_type} and {@code case_id} of its table. Deleting a case's records and
 * finding them again both go by these two.
 */
@MappedSuperclass
public abstract class CasePart {

  /** The longest case type and case id kept; a search by either is bounded by them too. */
  public static final int CASE_TYPE_LENGTH = 40;

  public static final int CASE_ID_LENGTH = 100;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_type", nullable = false, length = CASE_TYPE_LENGTH)
  private String caseType;

  @Column(name = "case_id", nullable = false, length = CASE_ID_LENGTH)
  private String caseId;

  protected CasePart() {}

  /** A new part of that case, with a new random id. */
  protected CasePart(String caseType, String caseId) {
    this.id = UUID.randomUUID().toString();
    this.caseType = caseType;
    this.caseId = caseId;
  }

  /** Whether this belongs to that case: else it must not be found through it. */
  public boolean belongsTo(String caseType, String caseId) {
    return this.caseType.equals(caseType) && this.caseId.equals(caseId);
  }

  public String id() {
    return id;
  }

  public String caseType() {
    return caseType;
  }

  public String caseId() {
    return caseId;
  }
}
