package uk.nhs.icb.caseworkflows.common.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A basis for sharing without consent, approved by the Caldicott Guardian, and what it allows. */
class SharingWithoutConsentTest {

  private static final ConsentSubject ARTHUR = ConsentSubject.of("Arthur Smith", "patient");
  private static final Instant APPROVED = Instant.parse("2026-03-05T09:00:00Z");

  private static SharingWithoutConsent safeguarding(String caseId) {
    return SharingWithoutConsent.approved(
        "complaint",
        caseId,
        ARTHUR,
        ConsentPurpose.SHARE_WITH_PROVIDER,
        LawfulBasis.SAFEGUARDING,
        "Arthur may be at risk.",
        APPROVED,
        "cal.guardian");
  }

  @Test
  void itCoversSharingThatPersonsInformationFromItsApproval() {
    SharingWithoutConsent approved = safeguarding("c-1");

    assertThat(approved.covers(ConsentPurpose.SHARE_WITH_PROVIDER, ARTHUR, APPROVED)).isTrue();
    assertThat(
            approved.covers(ConsentPurpose.SHARE_WITH_PROVIDER, ARTHUR, APPROVED.minusSeconds(1)))
        .isFalse();
    assertThat(
            approved.covers(
                ConsentPurpose.SHARE_WITH_PROVIDER,
                ConsentSubject.of("Jane Smith", "complainant"),
                APPROVED))
        .isFalse();
    assertThat(approved.isConsent()).isFalse();
  }

  @Test
  void onlyConsentCanAllowHandlingACaseActingForSomeoneNamingThemOrPublishingAStory() {
    for (ConsentPurpose purpose :
        List.of(
            ConsentPurpose.PROCESS_CASE,
            ConsentPurpose.REPRESENTATIVE_TO_ACT,
            ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
            ConsentPurpose.PUBLISH_STORY)) {
      assertThatThrownBy(
              () ->
                  SharingWithoutConsent.approved(
                      "complaint",
                      "c-1",
                      ARTHUR,
                      purpose,
                      LawfulBasis.REQUIRED_BY_LAW,
                      "Court order",
                      APPROVED,
                      "cal.guardian"))
          .as(purpose.name())
          .isInstanceOf(ConsentRuleException.class)
          .hasMessageStartingWith("Only consent can allow the ICB to");
    }
  }

  @Test
  void itIsRefusedWithoutAJustification() {
    assertThatThrownBy(
            () ->
                SharingWithoutConsent.approved(
                    "complaint",
                    "c-1",
                    ARTHUR,
                    ConsentPurpose.SHARE_WITH_PROVIDER,
                    LawfulBasis.SAFEGUARDING,
                    " ",
                    APPROVED,
                    "cal.guardian"))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aConsentInForceIsCitedBeforeABasisWithoutConsent() {
    ConsentRecord consent =
        ConsentRecord.given(
            "complaint",
            "c-1",
            ARTHUR,
            ConsentGiver.thePerson(),
            ConsentPurpose.SHARE_WITH_PROVIDER,
            ConsentMethod.FORM,
            APPROVED.plusSeconds(60),
            "sam.handler");
    SharingWithoutConsent basis = safeguarding("c-1");
    ConsentCheck check = new ConsentCheck(List.of(consent), List.of(basis));

    assertThat(check.basisFor(ConsentPurpose.SHARE_WITH_PROVIDER, ARTHUR, APPROVED.plusSeconds(30)))
        .contains(basis);
    assertThat(check.basisFor(ConsentPurpose.SHARE_WITH_PROVIDER, ARTHUR, APPROVED.plusSeconds(90)))
        .contains(consent);
  }

  @Test
  void aBasisApprovedInAnotherCaseIsNoBasisHere() {
    ConsentCheck check =
        new ConsentCheck(List.of(), List.of(safeguarding("another-case")))
            .forCase("complaint", "c-1");

    assertThat(check.isCovered(ConsentPurpose.SHARE_WITH_PROVIDER, ARTHUR, APPROVED)).isFalse();
  }
}
