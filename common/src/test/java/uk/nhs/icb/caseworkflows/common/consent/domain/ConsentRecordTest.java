package uk.nhs.icb.caseworkflows.common.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.GIVEN;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.JANE;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.janeConsentsTo;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

  private static final Instant WITHDRAWN = Instant.parse("2026-04-10T14:30:00Z");

  @Test
  void aConsentRecordsWhoseItIsWhoGaveItForWhatHowWhenAndWhoTookItDown() {
    ConsentRecord consent =
        ConsentRecord.given(
            "COMPLAINT",
            "complaint-1",
            ConsentSubject.of("Arthur Smith", "patient"),
            ConsentGiver.representative("Jane Smith", "holds LPA for health and welfare"),
            ConsentPurpose.SHARE_WITH_PROVIDER,
            ConsentMethod.WRITTEN,
            GIVEN,
            "sam.handler");

    assertThat(consent.id()).hasSize(36);
    assertThat(consent.caseType()).isEqualTo("COMPLAINT");
    assertThat(consent.caseId()).isEqualTo("complaint-1");
    assertThat(consent.subject().name()).isEqualTo("Arthur Smith");
    assertThat(consent.subject().roleInCase()).isEqualTo("patient");
    assertThat(consent.givenBy().givenAs()).isEqualTo(ConsentGivenAs.REPRESENTATIVE);
    assertThat(consent.givenBy().name()).isEqualTo("Jane Smith");
    assertThat(consent.givenBy().standing()).isEqualTo("holds LPA for health and welfare");
    assertThat(consent.purpose()).isEqualTo(ConsentPurpose.SHARE_WITH_PROVIDER);
    assertThat(consent.method()).isEqualTo(ConsentMethod.WRITTEN);
    assertThat(consent.givenAt()).isEqualTo(GIVEN);
    assertThat(consent.recordedBy()).isEqualTo("sam.handler");
    assertThat(consent.isWithdrawn()).isFalse();
    assertThat(consent.withdrawal()).isNull();
  }

  @Test
  void aConsentIsInForceFromTheMomentItIsGiven() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.PROCESS_CASE);

    assertThat(consent.isInForceAt(GIVEN.minusSeconds(1))).isFalse();
    assertThat(consent.isInForceAt(GIVEN)).isTrue();
    assertThat(consent.isInForceAt(GIVEN.plusSeconds(86_400 * 365))).isTrue();
  }

  @Test
  void aWithdrawnConsentIsNoLongerInForceFromTheMomentOfWithdrawal() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.PROCESS_CASE);

    consent.withdraw(WITHDRAWN, ConsentMethod.VERBAL, "sam.handler", "no longer wishes to go on");

    assertThat(consent.isWithdrawn()).isTrue();
    assertThat(consent.isInForceAt(WITHDRAWN.minusSeconds(1))).isTrue();
    assertThat(consent.isInForceAt(WITHDRAWN)).isFalse();
    assertThat(consent.withdrawal().withdrawnAt()).isEqualTo(WITHDRAWN);
    assertThat(consent.withdrawal().method()).isEqualTo(ConsentMethod.VERBAL);
    assertThat(consent.withdrawal().recordedBy()).isEqualTo("sam.handler");
    assertThat(consent.withdrawal().reason()).isEqualTo("no longer wishes to go on");
  }

  @Test
  void nobodyHasToGiveAReasonForWithdrawingConsent() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.PROCESS_CASE);

    consent.withdraw(WITHDRAWN, ConsentMethod.EMAIL, "sam.handler", " ");

    assertThat(consent.withdrawal().reason()).isNull();
  }

  @Test
  void aConsentCannotBeWithdrawnTwice() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.PROCESS_CASE);
    consent.withdraw(WITHDRAWN, ConsentMethod.VERBAL, "sam.handler", null);

    assertThatThrownBy(
            () -> consent.withdraw(WITHDRAWN.plusSeconds(60), ConsentMethod.EMAIL, "kim", null))
        .isInstanceOf(ConsentRuleException.class)
        .hasMessage("This consent was already withdrawn on 10 April 2026.");
    assertThat(consent.withdrawal().recordedBy()).isEqualTo("sam.handler");
  }

  @Test
  void aConsentCannotBeWithdrawnBeforeItWasGiven() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.PROCESS_CASE);

    assertThatThrownBy(
            () ->
                consent.withdraw(
                    GIVEN.minusSeconds(86_400), ConsentMethod.VERBAL, "sam.handler", null))
        .isInstanceOf(ConsentRuleException.class)
        .hasMessageContaining("before it was given (2 March 2026)");
  }

  @Test
  void aConsentCoversOnlyItsOwnPurposeAndPersonWhileInForce() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT);

    assertThat(consent.covers(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, JANE, GIVEN)).isTrue();
    assertThat(consent.covers(ConsentPurpose.SHARE_WITH_PROVIDER, JANE, GIVEN)).isFalse();
    assertThat(
            consent.covers(
                ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
                ConsentSubject.of("Jane Smith", "patient"),
                GIVEN))
        .isFalse();
    assertThat(
            consent.covers(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, JANE, GIVEN.minusSeconds(1)))
        .isFalse();
  }

  @Test
  void theStaffUserWhoRecordedAConsentMustBeNamed() {
    assertThatThrownBy(
            () ->
                ConsentRecord.given(
                    "COMPLAINT",
                    "complaint-1",
                    JANE,
                    ConsentGiver.thePerson(),
                    ConsentPurpose.PROCESS_CASE,
                    ConsentMethod.VERBAL,
                    GIVEN,
                    " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("who recorded the consent is required");
  }
}
