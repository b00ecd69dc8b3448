package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consent;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.planned;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterContents;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/** Handling Siân's complaint jointly with the trust and a pharmacy, as the handler does it. */
class ComplaintJointHandlingTest {

  private static final List<JointHandling.Asked> ASKED =
      List.of(
          new JointHandling.Asked(TRUST, "An account of the home visits"),
          new JointHandling.Asked("Leagrave Road Pharmacy", "Why the dressings were late"));

  private final Complaint complaint = investigating();
  private final RouteFakes fakes = new RouteFakes(complaint);
  private final ComplaintJointHandling jointHandling =
      new ComplaintJointHandling(
          fakes.steps, fakes.consentRecords(), ComplaintLetterFixtures.contents(), fakes.issuing());

  private static Complaint investigating() {
    Complaint complaint = planned();
    complaint.startInvestigation();
    return complaint;
  }

  private void patientConsentsToSharing() {
    fakes.consents.add(
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient"));
  }

  @Test
  void agreeingItTellsTheComplainantByLetterAndIsAuditedWithoutNames() {
    patientConsentsToSharing();

    jointHandling.agree(complaint.id(), null, ASKED, false);

    assertThat(fakes.letters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.kind()).isEqualTo(ComplaintLetterContents.JOINT_HANDLING);
              assertThat(letter.recipient().name()).isEqualTo("Mrs Siân Evans");
            });
    assertThat(complaint.disclosureLog().disclosures()).hasSize(2);
    assertThat(fakes.audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("JOINT_HANDLING_AGREED");
              assertThat(entry.detail())
                  .isEqualTo("2 organisations; led by the ICB; complainant named false");
            });
    assertThat(fakes.messages).isEmpty();
  }

  @Test
  void withoutConsentNoOrganisationIsToldAndNoLetterGoes() {
    assertThatThrownBy(() -> jointHandling.agree(complaint.id(), null, ASKED, false))
        .isInstanceOf(ComplaintRuleException.class);

    assertThat(fakes.letters).isEmpty();
    assertThat(complaint.disclosureLog().disclosures()).isEmpty();
  }

  @Test
  void anAnswerIsRecordedAgainstItsOrganisationAndAudited() {
    patientConsentsToSharing();
    jointHandling.agree(complaint.id(), TRUST, ASKED, false);

    jointHandling.recordAnswer(
        complaint.id(), 2, "The courier failed twice.", LocalDate.of(2026, 3, 5));

    assertThat(complaint.jointHandling().orElseThrow().organisations().get(1).answer())
        .contains("The courier failed twice.");
    assertThat(fakes.audited)
        .last()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("JOINT_HANDLING_ANSWER_RECORDED");
              assertThat(entry.detail()).doesNotContain("courier");
            });
  }

  @Test
  void anAnswerNeedsJointHandlingAgreedFirst() {
    assertThatThrownBy(
            () -> jointHandling.recordAnswer(complaint.id(), 1, "Yes", LocalDate.of(2026, 3, 5)))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Complaint CMP-2026-000123 is not handled jointly: agree the joint handling first.");
  }
}
