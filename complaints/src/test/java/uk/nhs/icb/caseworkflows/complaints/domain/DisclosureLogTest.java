package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.jane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;

/** The disclosure log by itself, for Jane Smith's complaint about her own care. */
class DisclosureLogTest {

  private static final String CASE_ID = "case-1";
  private static final Instant NOW = london("2026-03-10T10:00");

  private final AtomicReference<ComplaintStatus> status =
      new AtomicReference<>(ComplaintStatus.INVESTIGATING);
  private final List<Disclosure> disclosures = new ArrayList<>();
  private final List<DisclosureLog> kept = new ArrayList<>();

  private DisclosureLog log() {
    return new DisclosureLog()
        .of(
            status::get,
            new ComplaintConsents(jane(), null, null, false),
            CASE_ID,
            disclosures,
            kept::add);
  }

  private static ConsentRecord janes(ConsentPurpose purpose, String caseId) {
    return ConsentRecord.given(
        Complaint.CASE_TYPE,
        caseId,
        ConsentSubject.of("Jane Smith", "complainant"),
        ConsentGiver.thePerson(),
        purpose,
        ConsentMethod.FORM,
        london("2026-03-02T12:00"),
        HANDLER);
  }

  @Test
  void sharingCitesTheConsentItReliesOn() {
    ConsentRecord consent = janes(ConsentPurpose.SHARE_WITH_PROVIDER, CASE_ID);

    log()
        .discloseToSubject(
            "The dates of the calls",
            "Riverside Surgery",
            new ConsentCheck(List.of(consent)),
            NOW,
            HANDLER);

    assertThat(disclosures)
        .singleElement()
        .satisfies(
            disclosure -> {
              assertThat(disclosure.consentRecordId()).isEqualTo(consent.id());
              assertThat(disclosure.identityDisclosed()).isFalse();
            });
  }

  @Test
  void aConsentGivenInAnotherCaseIsNoBasis() {
    ConsentCheck elsewhere =
        new ConsentCheck(List.of(janes(ConsentPurpose.SHARE_WITH_PROVIDER, "another-case")));

    assertThatThrownBy(
            () ->
                log().discloseToSubject("The dates", "Riverside Surgery", elsewhere, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Nothing can be shared without Jane Smith's consent to share their information with"
                + " those complained about. Record the consent before sharing.");
    assertThat(disclosures).isEmpty();
  }

  @Test
  void theComplainantIsNamedOnlyOnTheirConsentToBeNamed() {
    ConsentCheck toShareOnly =
        new ConsentCheck(List.of(janes(ConsentPurpose.SHARE_WITH_PROVIDER, CASE_ID)));

    assertThatThrownBy(
            () ->
                log()
                    .discloseIdentityToSubject(
                        "Her name", "Riverside Surgery", toShareOnly, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Jane Smith's consent to being named to those complained about");
  }

  @Test
  void theFirstRequestNotToBeNamedIsKeptByTheComplaint() {
    DisclosureLog log = log();

    log.askNotToBeNamed(NOW, HANDLER);
    log.decideAnonymity(false, "Only Jane was there", NOW, "kim");

    assertThat(kept).containsOnly(log);
    assertThat(log.anonymity().orElseThrow().canInvestigateAnonymously()).isFalse();
  }

  @Test
  void noDecisionOnAnonymityWithoutARequest() {
    assertThatThrownBy(() -> log().decideAnonymity(true, "reason", NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("The complainant has not asked not to be named.");
    assertThat(kept).isEmpty();
  }

  @Test
  void nothingIsSharedOnceTheResponseIsSent() {
    status.set(ComplaintStatus.RESPONDED);
    ConsentCheck given =
        new ConsentCheck(List.of(janes(ConsentPurpose.SHARE_WITH_PROVIDER, CASE_ID)));

    assertThatThrownBy(() -> log().discloseToSubject("The dates", "Riverside", given, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("A disclosure is not possible while the complaint is responded to.");
  }
}
