package uk.nhs.icb.caseworkflows.common.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;

class ConsentViewTest {

  private static final Instant GIVEN = Instant.parse("2026-11-02T10:00:00Z");

  private final ConsentRecord record =
      ConsentRecord.given(
          "CHC",
          "case-1",
          ConsentSubject.of("Ann Lee", "Applicant"),
          ConsentGiver.thePerson(),
          ConsentPurpose.SHARE_WITH_PROVIDER,
          ConsentMethod.WRITTEN,
          GIVEN,
          "jane.smith");

  @Test
  void aConsentInForceShowsWhoseItIsForWhatHowAndWhen() {
    assertThat(ConsentView.of(record))
        .isEqualTo(
            new ConsentView(
                record.id(), "applicant", "SHARE_WITH_PROVIDER", "WRITTEN", GIVEN, null));
  }

  @Test
  void aWithdrawnConsentShowsWhenItWasWithdrawn() {
    Instant withdrawn = GIVEN.plusSeconds(3600);
    record.withdraw(withdrawn, ConsentMethod.VERBAL, "jane.smith", "changed their mind");

    assertThat(ConsentView.of(record).withdrawnAt()).isEqualTo(withdrawn);
    assertThat(ConsentView.of(record).method()).isEqualTo("WRITTEN");
  }
}
