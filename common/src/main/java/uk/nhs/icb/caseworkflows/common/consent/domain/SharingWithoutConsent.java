package uk.nhs.icb.caseworkflows.common.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A decision, approved by the Caldicott Guardian, that a person's information may be shared for one
 * purpose without their consent, on a stated {@link LawfulBasis} and with its justification: for
 * example the patient's account shared with a provider to protect an adult at risk. It stands where
 * a consent would, for sharing only (never for handling a case or publishing a story), and is kept
 * as made: a basis cannot be edited, so the file shows what the disclosure relied on.
 */
@Entity
@Table(
    name = "sharing_without_consent",
    indexes = @Index(name = "sharing_without_consent_case", columnList = "case_type, case_id"))
public class SharingWithoutConsent extends CasePart implements SharingBasis {

  /** The longest justification kept. */
  public static final int JUSTIFICATION_LENGTH = 2000;

  @Embedded private ConsentSubject subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 40)
  private ConsentPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", nullable = false, length = 30)
  private LawfulBasis basis;

  @Column(name = "justification", nullable = false, length = JUSTIFICATION_LENGTH)
  private String justification;

  @Column(name = "approved_by", nullable = false, length = 100)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  protected SharingWithoutConsent() {}

  private SharingWithoutConsent(String caseType, String caseId) {
    super(caseType, caseId);
  }

  /**
   * Approves sharing {@code whose} information for {@code purpose} without consent; refused for a
   * purpose that only consent can allow.
   */
  public static SharingWithoutConsent approved(
      String caseType,
      String caseId,
      ConsentSubject whose,
      ConsentPurpose purpose,
      LawfulBasis basis,
      String justification,
      Instant approvedAt,
      String approvedBy) {
    if (!Objects.requireNonNull(purpose, "purpose").mayRestOnABasisWithoutConsent()) {
      throw new ConsentRuleException(
          "Only consent can allow the ICB to " + purpose.description() + ".");
    }
    SharingWithoutConsent sharing =
        new SharingWithoutConsent(
            Text.required(caseType, "the case type"), Text.required(caseId, "the case id"));
    sharing.subject = Objects.requireNonNull(whose, "whose");
    sharing.purpose = purpose;
    sharing.basis = Objects.requireNonNull(basis, "basis");
    sharing.justification = Text.required(justification, "why the information may be shared");
    sharing.approvedAt = Objects.requireNonNull(approvedAt, "approvedAt");
    sharing.approvedBy = Text.required(approvedBy, "the Caldicott Guardian who approved it");
    return sharing;
  }

  @Override
  public boolean isConsent() {
    return false;
  }

  @Override
  public boolean covers(ConsentPurpose purpose, ConsentSubject person, Instant at) {
    return this.purpose == purpose && subject.isSamePersonAs(person) && !at.isBefore(approvedAt);
  }

  @Override
  public Instant since() {
    return approvedAt;
  }

  public ConsentSubject subject() {
    return subject;
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public LawfulBasis basis() {
    return basis;
  }

  public String justification() {
    return justification;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
