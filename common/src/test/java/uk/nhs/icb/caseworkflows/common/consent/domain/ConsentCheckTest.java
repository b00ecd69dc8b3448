package uk.nhs.icb.caseworkflows.common.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.GIVEN;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.JANE;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.given;
import static uk.nhs.icb.caseworkflows.common.consent.domain.Consents.janeConsentsTo;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentCheckTest {

  private static final Instant LATER = GIVEN.plusSeconds(3_600);

  @Test
  void withoutRecordsNothingIsCovered() {
    assertThat(ConsentCheck.none().isCovered(ConsentPurpose.PROCESS_CASE, JANE, LATER)).isFalse();
  }

  @Test
  void aPurposeIsCoveredByAnInForceConsentOfThatPersonForThatPurpose() {
    ConsentCheck check =
        new ConsentCheck(
            List.of(
                janeConsentsTo(ConsentPurpose.PROCESS_CASE),
                janeConsentsTo(ConsentPurpose.SHARE_WITH_PROVIDER)));

    assertThat(check.isCovered(ConsentPurpose.PROCESS_CASE, JANE, LATER)).isTrue();
    assertThat(check.isCovered(ConsentPurpose.SHARE_WITH_PROVIDER, JANE, LATER)).isTrue();
    assertThat(check.isCovered(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, JANE, LATER)).isFalse();
  }

  @Test
  void anotherPersonsConsentDoesNotCoverThem() {
    ConsentCheck check =
        new ConsentCheck(
            List.of(
                given(
                    "complaint-1",
                    ConsentSubject.of("Arthur Smith", "patient"),
                    ConsentPurpose.SHARE_WITH_PROVIDER,
                    GIVEN)));

    assertThat(check.isCovered(ConsentPurpose.SHARE_WITH_PROVIDER, JANE, LATER)).isFalse();
  }

  @Test
  void aNameTypedWithDifferentCaseOrSpacingIsTheSamePerson() {
    ConsentCheck check = new ConsentCheck(List.of(janeConsentsTo(ConsentPurpose.PROCESS_CASE)));

    assertThat(
            check.isCovered(
                ConsentPurpose.PROCESS_CASE,
                ConsentSubject.of(" jane   SMITH ", "Complainant"),
                LATER))
        .isTrue();
  }

  @Test
  void aWithdrawnConsentCoversWhatHappenedBeforeTheWithdrawalButNothingAfter() {
    ConsentRecord consent = janeConsentsTo(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT);
    Instant withdrawn = GIVEN.plusSeconds(86_400);
    consent.withdraw(withdrawn, ConsentMethod.VERBAL, "sam.handler", null);
    ConsentCheck check = new ConsentCheck(List.of(consent));

    assertThat(check.isCovered(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, JANE, LATER)).isTrue();
    assertThat(check.isCovered(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, JANE, withdrawn))
        .isFalse();
  }

  @Test
  void aConsentGivenAgainAfterWithdrawalCoversAgainAndIsTheBasisCited() {
    ConsentRecord first = janeConsentsTo(ConsentPurpose.PROCESS_CASE);
    first.withdraw(GIVEN.plusSeconds(60), ConsentMethod.VERBAL, "sam.handler", null);
    ConsentRecord again = given("complaint-1", JANE, ConsentPurpose.PROCESS_CASE, LATER);
    ConsentCheck check = new ConsentCheck(List.of(first, again));

    assertThat(check.basisFor(ConsentPurpose.PROCESS_CASE, JANE, LATER.plusSeconds(1)))
        .contains(again);
  }

  @Test
  void theLatestConsentInForceIsTheBasisCited() {
    ConsentRecord older = janeConsentsTo(ConsentPurpose.PROCESS_CASE);
    ConsentRecord newer = given("complaint-1", JANE, ConsentPurpose.PROCESS_CASE, LATER);

    assertThat(
            new ConsentCheck(List.of(newer, older))
                .basisFor(ConsentPurpose.PROCESS_CASE, JANE, LATER))
        .contains(newer);
  }

  @Test
  void aConsentGivenInAnotherCaseCannotBeReliedOnOnceTheCheckIsNarrowedToTheCase() {
    ConsentCheck check =
        new ConsentCheck(List.of(given("complaint-2", JANE, ConsentPurpose.PROCESS_CASE, GIVEN)))
            .forCase("COMPLAINT", "complaint-1");

    assertThat(check.isCovered(ConsentPurpose.PROCESS_CASE, JANE, LATER)).isFalse();
  }
}
