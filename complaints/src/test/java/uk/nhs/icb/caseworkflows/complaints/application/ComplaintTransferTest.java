package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consent;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.forHerFather;

import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;

/** Passing Siân's complaint for her father to the trust, as the handler does it. */
class ComplaintTransferTest {

  private final Complaint complaint = acknowledged(forHerFather());
  private final RouteFakes fakes = new RouteFakes(complaint);
  private final ComplaintTransfer transfer =
      new ComplaintTransfer(fakes.steps, fakes.consentRecords());

  @Test
  void theTransferIsRecordedAuditedWithoutPersonalDataAndTheProcessIsTold() {
    ConsentRecord agreed =
        consent(complaint, ConsentPurpose.TRANSFER_TO_PROVIDER, "Mrs Siân Evans", "complainant");
    ConsentRecord share =
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient");
    fakes.consents.add(agreed);
    fakes.consents.add(share);

    transfer.transfer(complaint.id(), null, "The trust has not yet had the chance to answer.");

    assertThat(complaint.transfer().orElseThrow().provider()).isEqualTo(TRUST);
    assertThat(fakes.messages).containsExactly("ComplaintTransferred " + complaint.id());
    assertThat(fakes.audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("COMPLAINT_TRANSFERRED");
              assertThat(entry.detail())
                  .contains(agreed.id(), share.id())
                  .doesNotContain("Evans", "Northvale", "chance");
            });
  }

  @Test
  void withoutConsentTheProcessIsNotToldAndNothingIsAudited() {
    assertThatThrownBy(() -> transfer.transfer(complaint.id(), TRUST, "Better placed."))
        .isInstanceOf(ComplaintRuleException.class);

    assertThat(complaint.transfer()).isEmpty();
    assertThat(fakes.messages).isEmpty();
    assertThat(fakes.audited).isEmpty();
  }
}
