package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A record that information from the complaint was shared: what, with whom, whether it named the
 * complainant, the consent it relied on, when and by whom. Kept for the life of the file so the ICB
 * can always say who was told what.
 */
@Embeddable
public class Disclosure {

  @Column(name = "what_was_shared", nullable = false, length = 2000)
  private String whatWasShared;

  @Column(name = "recipient", nullable = false, length = 400)
  private String recipient;

  @Column(name = "identity_disclosed", nullable = false)
  private boolean identityDisclosed;

  @Column(name = "consent_record_id", nullable = false, length = 36)
  private String consentRecordId;

  @Column(name = "disclosed_at", nullable = false)
  private Instant disclosedAt;

  @Column(name = "disclosed_by", nullable = false, length = 100)
  private String disclosedBy;

  protected Disclosure() {}

  Disclosure(
      String whatWasShared,
      String recipient,
      boolean identityDisclosed,
      String consentRecordId,
      Instant disclosedAt,
      String disclosedBy) {
    this.whatWasShared = Text.required(whatWasShared, "what was shared");
    this.recipient = Text.required(recipient, "who it was shared with");
    this.identityDisclosed = identityDisclosed;
    this.consentRecordId = Objects.requireNonNull(consentRecordId, "consentRecordId");
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

  /** The id of the consent record that was the basis for sharing. */
  public String consentRecordId() {
    return consentRecordId;
  }

  public Instant disclosedAt() {
    return disclosedAt;
  }

  public String disclosedBy() {
    return disclosedBy;
  }
}
