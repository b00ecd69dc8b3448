package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.Instant;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingBasis;

/**
 * A consent a step of the complaint cannot go without: for what, whose, and how to say it is
 * missing ("Jane Smith's consent to the ICB handling the complaint").
 */
public record RequiredConsent(ConsentPurpose purpose, ConsentSubject whose, String described) {

  /** The consent in force, or for sharing an approved basis without consent, that meets it. */
  public Optional<SharingBasis> basisIn(ConsentCheck consents, Instant at) {
    return consents.basisFor(purpose, whose, at);
  }

  public boolean isMetBy(ConsentCheck consents, Instant at) {
    return basisIn(consents, at).isPresent();
  }
}
