package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consents;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;

class DisclosureTest {

  private static final Instant SHARED = london("2026-03-10T11:00");

  private static ConsentRecord janeAgreesToBeNamed(Complaint complaint) {
    return consent(
        complaint, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, "Jane Smith", "complainant");
  }

  @Test
  void theComplainantCannotBeNamedToThoseComplainedAboutWithoutTheirConsent() {
    Complaint complaint = investigating("Delay");
    ConsentCheck onlySharing =
        consents(
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"));

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .discloseIdentityToSubject(
                        "Complaint letter with name and address",
                        "Practice manager, Riverside Surgery",
                        onlySharing,
                        SHARED,
                        HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Nothing can be shared without Jane Smith's consent to being named to those "
                + "complained about. Record the consent before sharing.");
    assertThat(complaint.disclosureLog().disclosures()).isEmpty();
  }

  @Test
  void consentToShareInformationIsNotConsentToBeNamed() {
    Complaint complaint = investigating("Delay");
    ConsentCheck onlySharing =
        consents(
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"));

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .discloseIdentityToSubject(
                        "Complaint letter", "Riverside Surgery", onlySharing, SHARED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void aDisclosureOfIdentityWithConsentIsRecordedWithTheConsentAsItsBasis() {
    Complaint complaint = investigating("Delay");
    ConsentRecord consent = janeAgreesToBeNamed(complaint);
    ConsentRecord sharing =
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant");

    complaint
        .disclosureLog()
        .discloseIdentityToSubject(
            "Complaint letter with name and address",
            "Practice manager, Riverside Surgery",
            consents(consent, sharing),
            SHARED,
            HANDLER);

    Disclosure disclosure = complaint.disclosureLog().disclosures().get(0);
    assertThat(disclosure.whatWasShared()).isEqualTo("Complaint letter with name and address");
    assertThat(disclosure.recipient()).isEqualTo("Practice manager, Riverside Surgery");
    assertThat(disclosure.identityDisclosed()).isTrue();
    assertThat(disclosure.consentRecordId()).isEqualTo(sharing.id());
    assertThat(disclosure.namingConsentId()).contains(consent.id());
    assertThat(disclosure.disclosedAt()).isEqualTo(SHARED);
    assertThat(disclosure.disclosedBy()).isEqualTo(HANDLER);
  }

  @Test
  void onceConsentIsWithdrawnTheComplainantCanNoLongerBeNamed() {
    Complaint complaint = investigating("Delay");
    ConsentRecord consent = janeAgreesToBeNamed(complaint);
    consent.withdraw(
        london("2026-03-09T16:00"), ConsentMethod.VERBAL, HANDLER, "Afraid of being struck off");

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .discloseIdentityToSubject(
                        "Complaint letter",
                        "Riverside Surgery",
                        consents(consent),
                        SHARED,
                        HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void sharingWithoutNamingTheComplainantReliesOnConsentToShare() {
    Complaint complaint = investigating("Delay");
    ConsentRecord consent =
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant");

    complaint
        .disclosureLog()
        .discloseToSubject(
            "Summary of the concerns, anonymised",
            "Riverside Surgery",
            consents(consent),
            SHARED,
            HANDLER);

    assertThat(complaint.disclosureLog().disclosures())
        .singleElement()
        .satisfies(
            disclosure -> {
              assertThat(disclosure.identityDisclosed()).isFalse();
              assertThat(disclosure.consentRecordId()).isEqualTo(consent.id());
            });
  }

  @Test
  void sharingAnythingWithoutAConsentIsRefused() {
    Complaint complaint = investigating("Delay");

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .discloseToSubject(
                        "Summary", "Riverside Surgery", ConsentCheck.none(), SHARED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Jane Smith's consent to share their information");
  }
}
