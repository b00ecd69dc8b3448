package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJaneForArthur;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigatingForArthur;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.consent.domain.LawfulBasis;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingWithoutConsent;

/**
 * Issue point 1: the notice to the organisation complained about carries the patient's complaint,
 * so nothing goes to it without the patient's consent to share, or a basis without consent the
 * Caldicott Guardian approved, whichever route the complaint takes; naming the complainant needs
 * their own consent as well.
 */
class PatientsConsentBeforeAnythingIsSharedTest {

  private static final Instant LATER = london("2026-03-05T10:00");
  private static final ConsentSubject ARTHUR = ConsentSubject.of("Arthur Smith", "patient");

  @Test
  void theComplainantsConsentToBeNamedIsNotEnoughWithoutThePatientsConsentToShare() {
    Complaint complaint = investigatingForArthur("Delay");
    ConsentRecord janeMayBeNamed =
        consent(complaint, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, "Jane Smith", "complainant");

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .discloseIdentityToSubject(
                        "the complaint and the complainant's name",
                        "Riverside Surgery",
                        new ConsentCheck(List.of(janeMayBeNamed)),
                        LATER,
                        HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Nothing can be shared without Arthur Smith's consent to share their information with"
                + " those complained about. Record the consent before sharing.");
    assertThat(complaint.disclosureLog().disclosures()).isEmpty();
  }

  @Test
  void aNamedNoticeCitesThePatientsConsentAndTheComplainantsOwn() {
    Complaint complaint = investigatingForArthur("Delay");
    ConsentRecord arthurShares =
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Arthur Smith", "patient");
    ConsentRecord janeMayBeNamed =
        consent(complaint, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, "Jane Smith", "complainant");

    complaint
        .disclosureLog()
        .discloseIdentityToSubject(
            "the complaint and the complainant's name",
            "Riverside Surgery",
            new ConsentCheck(List.of(arthurShares, janeMayBeNamed)),
            LATER,
            HANDLER);

    Disclosure made = complaint.disclosureLog().disclosures().get(0);
    assertThat(made.consentRecordId()).isEqualTo(arthurShares.id());
    assertThat(made.namingConsentId()).contains(janeMayBeNamed.id());
    assertThat(made.identityDisclosed()).isTrue();
    assertThat(made.sharedWithoutConsent()).isFalse();
  }

  @Test
  void aBasisWithoutConsentTheCaldicottGuardianApprovedStandsInForThePatientsConsent() {
    Complaint complaint = investigatingForArthur("Delay");
    SharingWithoutConsent safeguarding =
        SharingWithoutConsent.approved(
            Complaint.CASE_TYPE,
            complaint.id(),
            ARTHUR,
            ConsentPurpose.SHARE_WITH_PROVIDER,
            LawfulBasis.SAFEGUARDING,
            "Arthur may be at risk at the home; the provider must be told to protect him.",
            london("2026-03-05T09:00"),
            "cal.guardian");

    complaint
        .disclosureLog()
        .discloseToSubject(
            "the complaint without the complainant's identity",
            "Riverside Surgery",
            new ConsentCheck(List.of(), List.of(safeguarding)),
            LATER,
            HANDLER);

    Disclosure made = complaint.disclosureLog().disclosures().get(0);
    assertThat(made.consentRecordId()).isEqualTo(safeguarding.id());
    assertThat(made.sharedWithoutConsent()).isTrue();
  }

  @Test
  void aBasisWithoutConsentNeverNamesTheComplainant() {
    Complaint complaint = investigatingForArthur("Delay");
    SharingWithoutConsent safeguarding =
        SharingWithoutConsent.approved(
            Complaint.CASE_TYPE,
            complaint.id(),
            ARTHUR,
            ConsentPurpose.SHARE_WITH_PROVIDER,
            LawfulBasis.SAFEGUARDING,
            "To protect Arthur.",
            london("2026-03-05T09:00"),
            "cal.guardian");

    assertThatThrownBy(
            () ->
                complaint
                    .disclosureLog()
                    .discloseIdentityToSubject(
                        "the complaint and the complainant's name",
                        "Riverside Surgery",
                        new ConsentCheck(List.of(), List.of(safeguarding)),
                        LATER,
                        HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Jane Smith's consent to being named to those complained about");
  }

  @Test
  void thePlanNeedsThePatientsConsentToShareEvenWhenTheIcbInvestigates() {
    Complaint complaint = acknowledged(byJaneForArthur(RepresentativeStanding.PATIENT_REQUEST));
    complaint.decideStanding(true, null, null, null, null, london("2026-03-03T10:00"), HANDLER);
    List<ConsentRecord> given = new ArrayList<>();
    given.add(consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"));
    given.add(consent(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Arthur Smith", "patient"));

    assertThatThrownBy(() -> planByTheIcb(complaint, new ConsentCheck(given)))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "The plan cannot be agreed without Arthur Smith's consent to share their information"
                + " with those complained about. Record it first.");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);

    given.add(consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Arthur Smith", "patient"));
    planByTheIcb(complaint, new ConsentCheck(given));
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.PLANNED);
  }

  private static void planByTheIcb(Complaint complaint, ConsentCheck given) {
    complaint.plan(
        ComplaintPlan.withDefaultResponseDate(List.of("Delay"), Investigator.ICB),
        given,
        DEADLINES,
        london("2026-03-04T10:00"),
        HANDLER);
  }
}
