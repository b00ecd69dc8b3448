package uk.nhs.icb.caseworkflows.common.consent.web;

import java.time.Instant;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;

/**
 * A basis for sharing without consent as a case file shows it: whose information (their role in the
 * case), for what, on which lawful basis and why, and which Caldicott Guardian approved it when.
 */
public record SharingWithoutConsentView(
    String id,
    String whose,
    String purpose,
    String basis,
    String justification,
    String approvedBy,
    Instant approvedAt) {

  public static SharingWithoutConsentView of(SharingWithoutConsent approved) {
    return new SharingWithoutConsentView(
        approved.id(),
        approved.subject().roleInCase(),
        approved.purpose().name(),
        approved.basis().name(),
        approved.justification(),
        approved.approvedBy(),
        approved.approvedAt());
  }
}
