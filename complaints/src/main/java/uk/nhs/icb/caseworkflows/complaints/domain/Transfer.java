package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The complaint passed, with the complainant's consent, to the provider to handle and answer
 * itself: to which provider, why it is better placed than the ICB, the two consents it relied on
 * (the complainant's to the transfer, the patient's to their information being shared with the
 * provider), when and by whom. Once recorded, the process tells both and closes the file as
 * transferred.
 */
@Embeddable
public class Transfer {

  @Column(name = "transferred_to", length = 300)
  private String provider;

  @Column(name = "transfer_reason", length = 2000)
  private String whyBetterPlaced;

  @Column(name = "transfer_consent_id", length = 36)
  private String complainantConsentId;

  @Column(name = "transfer_share_consent_id", length = 36)
  private String shareConsentId;

  @Column(name = "transferred_at")
  private Instant transferredAt;

  @Column(name = "transferred_by", length = 100)
  private String transferredBy;

  protected Transfer() {}

  Transfer(
      String provider,
      String whyBetterPlaced,
      String complainantConsentId,
      String shareConsentId,
      Instant transferredAt,
      String transferredBy) {
    this.provider = Text.required(provider, "the provider it is passed to");
    this.whyBetterPlaced = Text.required(whyBetterPlaced, "why the provider is better placed");
    this.complainantConsentId = Objects.requireNonNull(complainantConsentId, "complainantConsent");
    this.shareConsentId = Objects.requireNonNull(shareConsentId, "shareConsent");
    this.transferredAt = Objects.requireNonNull(transferredAt, "transferredAt");
    this.transferredBy = Text.required(transferredBy, "who transferred it");
  }

  public String provider() {
    return provider;
  }

  public String whyBetterPlaced() {
    return whyBetterPlaced;
  }

  /** The complainant's consent to the complaint being passed to the provider. */
  public String complainantConsentId() {
    return complainantConsentId;
  }

  /** The consent (or recorded basis) the sharing of the patient's information relied on. */
  public String shareConsentId() {
    return shareConsentId;
  }

  public Instant transferredAt() {
    return transferredAt;
  }

  public String transferredBy() {
    return transferredBy;
  }
}
