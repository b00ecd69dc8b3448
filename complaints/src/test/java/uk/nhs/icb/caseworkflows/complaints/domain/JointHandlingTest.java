package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consents;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.investigating;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;

/**
 * Issue 13 point 5: joint handling (regulation 9), several organisations and one lead body; the
 * file records each organisation, what each was asked and what each answered, and the one response
 * waits for every answer.
 */
class JointHandlingTest {

  private static final Instant NOW = london("2026-03-10T10:00");
  private static final List<JointHandling.Asked> TWO =
      List.of(
          new JointHandling.Asked("Riverside Surgery", "Your account of the calls on 2 February"),
          new JointHandling.Asked(
              "Anytown Community Pharmacy", "Why the prescription was not ready"));

  private static ConsentCheck janesShare(Complaint complaint) {
    return consents(
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"));
  }

  @Test
  void eachOrganisationIsRecordedWithWhatItWasAskedAndIsADisclosureOnTheConsent() {
    Complaint complaint = investigating("The call back", "The prescription");
    ConsentRecord share =
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant");

    complaint.agreeJointHandling("Riverside Surgery", TWO, false, consents(share), NOW, HANDLER);

    JointHandling handling = complaint.jointHandling().orElseThrow();
    assertThat(handling.leadOrganisation()).contains("Riverside Surgery");
    assertThat(handling.organisations())
        .extracting(JointOrganisation::name, JointOrganisation::asked)
        .containsExactly(
            tuple("Riverside Surgery", "Your account of the calls on 2 February"),
            tuple("Anytown Community Pharmacy", "Why the prescription was not ready"));
    assertThat(complaint.disclosureLog().disclosures())
        .extracting(
            Disclosure::recipient, Disclosure::consentRecordId, Disclosure::identityDisclosed)
        .containsExactly(
            tuple("Riverside Surgery", share.id(), false),
            tuple("Anytown Community Pharmacy", share.id(), false));
  }

  @Test
  void theIcbMayLeadItself() {
    Complaint complaint = investigating("The call back");

    complaint.agreeJointHandling(null, TWO, false, janesShare(complaint), NOW, HANDLER);

    assertThat(complaint.jointHandling().orElseThrow().isLedByTheIcb()).isTrue();
  }

  @Test
  void withoutTheConsentToShareNoOrganisationIsTold() {
    Complaint complaint = investigating("The call back");

    assertThatThrownBy(
            () -> complaint.agreeJointHandling(null, TWO, false, ConsentCheck.none(), NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageStartingWith("Nothing can be shared without Jane Smith's consent to share");
    assertThat(complaint.jointHandling()).isEmpty();
    assertThat(complaint.disclosureLog().disclosures()).isEmpty();
  }

  @Test
  void namingTheComplainantToTheOrganisationsNeedsTheirConsentToBeNamed() {
    Complaint complaint = investigating("The call back");

    assertThatThrownBy(
            () ->
                complaint.agreeJointHandling(null, TWO, true, janesShare(complaint), NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Jane Smith's consent to being named to those complained about");

    complaint.agreeJointHandling(
        null,
        TWO,
        true,
        consents(
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"),
            consent(
                complaint,
                ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
                "Jane Smith",
                "complainant")),
        NOW,
        HANDLER);
    assertThat(complaint.disclosureLog().disclosures())
        .allSatisfy(disclosure -> assertThat(disclosure.identityDisclosed()).isTrue());
  }

  @Test
  void theLeadIsTheIcbOrOneOfTheOrganisations() {
    Complaint complaint = investigating("The call back");

    assertThatThrownBy(
            () ->
                complaint.agreeJointHandling(
                    "Northvale Council", TWO, false, janesShare(complaint), NOW, HANDLER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the lead organisation must be one of the organisations handling it");
  }

  @Test
  void anOrganisationIsNamedOnce() {
    Complaint complaint = investigating("The call back");
    List<JointHandling.Asked> twice =
        List.of(
            new JointHandling.Asked("Riverside Surgery", "One thing"),
            new JointHandling.Asked("riverside surgery", "Another"));

    assertThatThrownBy(
            () ->
                complaint.agreeJointHandling(
                    null, twice, false, janesShare(complaint), NOW, HANDLER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("riverside surgery is named more than once");
  }

  @Test
  void jointHandlingIsAgreedWithThePlanNotBefore() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));

    assertThatThrownBy(
            () ->
                complaint.agreeJointHandling(null, TWO, false, janesShare(complaint), NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Agreeing joint handling is not possible while the complaint is acknowledged.");
  }

  @Test
  void eachAnswerIsRecordedAgainstItsOrganisation() {
    Complaint complaint = investigating("The call back");
    complaint.agreeJointHandling(null, TWO, false, janesShare(complaint), NOW, HANDLER);

    complaint
        .jointHandling()
        .orElseThrow()
        .recordAnswer(2, "The pharmacy was waiting for stock.", LocalDate.of(2026, 3, 20), HANDLER);

    List<JointOrganisation> organisations = complaint.jointHandling().orElseThrow().organisations();
    assertThat(organisations.get(0).hasAnswered()).isFalse();
    assertThat(organisations.get(1).answer()).contains("The pharmacy was waiting for stock.");
    assertThat(organisations.get(1).answeredOn()).contains(LocalDate.of(2026, 3, 20));
  }

  @Test
  void thereIsNoFourthOrganisationOfTwo() {
    Complaint complaint = investigating("The call back");
    complaint.agreeJointHandling(null, TWO, false, janesShare(complaint), NOW, HANDLER);
    JointHandling handling = complaint.jointHandling().orElseThrow();

    assertThatThrownBy(() -> handling.recordAnswer(4, "Yes", LocalDate.of(2026, 3, 20), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("There is no organisation 4 in the joint handling of this complaint.");
  }

  @Test
  void theCoordinatedResponseWaitsForEveryOrganisationsAnswer() {
    Complaint complaint = investigating("The call back");
    complaint.agreeJointHandling(null, TWO, false, janesShare(complaint), NOW, HANDLER);
    complaint
        .jointHandling()
        .orElseThrow()
        .recordAnswer(1, "We called back late.", LocalDate.of(2026, 3, 20), HANDLER);

    assertThatThrownBy(
            () ->
                complaint.recordOutcome(
                    List.of(IssueOutcome.UPHELD), List.of(), london("2026-03-25T10:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "The response co-ordinates every organisation's answer: record the answer of"
                + " Anytown Community Pharmacy first.");

    complaint
        .jointHandling()
        .orElseThrow()
        .recordAnswer(2, "Waiting for stock.", LocalDate.of(2026, 3, 21), HANDLER);
    complaint.recordOutcome(
        List.of(IssueOutcome.UPHELD), List.of(), london("2026-03-25T10:00"), HANDLER);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.AWAITING_SIGN_OFF);
  }
}
