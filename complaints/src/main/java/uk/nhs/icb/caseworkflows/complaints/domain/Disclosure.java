package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingBasis;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A record that information from the complaint was shared: what, with whom, whether it named the
 * complainant, the consent (or the basis without consent) it relied on, when and by whom. Kept for
 * the life of the file so the ICB can always say who was told what.
 */
@Embeddable
public class Disclosure {

  @Column(name = "what_was_shared", nullable = false, length = 2000)
  private String whatWasShared;

  @Column(name = "recipient", nullable = false, length = 400)
  private String recipient;

  @Column(name = "identity_disclosed", nullable = false)
  private boolean identityDisclosed;

  /** The consent, or the basis without consent, for sharing the patient's information. */
  @Column(name = "consent_record_id", nullable = false, length = 36)
  private String consentRecordId;

  // Nullable: files made before these columns existed cited a consent, and named no one.
  @Column(name = "shared_without_consent")
  private Boolean sharedWithoutConsent;

  /** The complainant's consent to be named, when the disclosure named them. */
  @Column(name = "naming_consent_id", length = 36)
  private String namingConsentId;

  @Column(name = "disclosed_at", nullable = false)
  private Instant disclosedAt;

  @Column(name = "disclosed_by", nullable = false, length = 100)
  private String disclosedBy;

  protected Disclosure() {}

  Disclosure(
      String whatWasShared,
      String recipient,
      SharingBasis basis,
      ConsentRecord namingConsent,
      Instant disclosedAt,
      String disclosedBy) {
    this.whatWasShared = Text.required(whatWasShared, "what was shared");
    this.recipient = Text.required(recipient, "who it was shared with");
    this.identityDisclosed = namingConsent != null;
    this.consentRecordId = Objects.requireNonNull(basis, "basis").id();
    this.sharedWithoutConsent = !basis.isConsent();
    this.namingConsentId = namingConsent == null ? null : namingConsent.id();
    this.disclosedAt = Objects.requireNonNull(disclosedAt, "disclosedAt");
    this.disclosedBy = Text.required(disclosedBy, "who shared it");
  }

  public String whatWasShared() {
    return whatWasShared;
  }

  public String recipient() {
    return recipient;
  }

  public boolean identityDisclosed() {
    return identityDisclosed;
  }

  /**
   * The id of what sharing the patient's information relied on: a consent record, or a basis for
   * sharing without consent ({@link #sharedWithoutConsent()}).
   */
  public String consentRecordId() {
    return consentRecordId;
  }

  /** Shared on a basis without consent the Caldicott Guardian approved, not on a consent. */
  public boolean sharedWithoutConsent() {
    return Boolean.TRUE.equals(sharedWithoutConsent);
  }

  /** The complainant's consent to be named; empty when the disclosure did not name them. */
  public Optional<String> namingConsentId() {
    return Optional.ofNullable(namingConsentId);
  }

  public Instant disclosedAt() {
    return disclosedAt;
  }

  public String disclosedBy() {
    return disclosedBy;
  }
}
