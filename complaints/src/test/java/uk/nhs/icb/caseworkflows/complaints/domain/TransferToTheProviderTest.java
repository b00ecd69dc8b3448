package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJaneForArthur;
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
 * Issue 13 point 4: a complaint passed to the provider (regulation 7) with the complainant's
 * consent, recorded as a disclosure, and closed as transferred, not as withdrawn.
 */
class TransferToTheProviderTest {

  private static final Instant NOW = london("2026-03-05T10:00");
  private static final String WHY = "The practice has not yet had the chance to answer it.";

  private static Complaint janes() {
    return acknowledged(byJane(LocalDate.of(2026, 2, 1)));
  }

  private static ConsentCheck bothConsents(Complaint complaint) {
    return consents(
        consent(complaint, ConsentPurpose.TRANSFER_TO_PROVIDER, "Jane Smith", "complainant"),
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"));
  }

  @Test
  void theTransferIsRecordedWithTheConsentsItReliedOnAndTheSharingIsADisclosure() {
    Complaint complaint = janes();
    ConsentRecord transfer =
        consent(complaint, ConsentPurpose.TRANSFER_TO_PROVIDER, "Jane Smith", "complainant");
    ConsentRecord share =
        consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant");

    complaint.transferToProvider("Riverside Surgery", WHY, consents(transfer, share), NOW, HANDLER);

    Transfer recorded = complaint.transfer().orElseThrow();
    assertThat(recorded.provider()).isEqualTo("Riverside Surgery");
    assertThat(recorded.whyBetterPlaced()).isEqualTo(WHY);
    assertThat(recorded.complainantConsentId()).isEqualTo(transfer.id());
    assertThat(recorded.shareConsentId()).isEqualTo(share.id());
    assertThat(complaint.disclosureLog().disclosures())
        .singleElement()
        .satisfies(
            disclosure -> {
              assertThat(disclosure.recipient()).isEqualTo("Riverside Surgery");
              assertThat(disclosure.identityDisclosed()).isTrue();
              assertThat(disclosure.consentRecordId()).isEqualTo(share.id());
            });
  }

  @Test
  void withoutTheComplainantsConsentToTheTransferNothingIsShared() {
    Complaint complaint = janes();
    ConsentCheck shareOnly =
        consents(
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant"));

    assertThatThrownBy(
            () -> complaint.transferToProvider("Riverside Surgery", WHY, shareOnly, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "The complaint cannot be passed to the provider without Jane Smith's consent to the"
                + " complaint being passed to the provider to handle. Record it first.");
    assertThat(complaint.transfer()).isEmpty();
    assertThat(complaint.disclosureLog().disclosures()).isEmpty();
  }

  @Test
  void thePatientsConsentToShareIsNeededBesideTheComplainantsToTheTransfer() {
    Complaint complaint = acknowledged(byJaneForArthur(RepresentativeStanding.PATIENT_REQUEST));
    ConsentCheck janesOnly =
        consents(
            consent(complaint, ConsentPurpose.TRANSFER_TO_PROVIDER, "Jane Smith", "complainant"));

    assertThatThrownBy(
            () -> complaint.transferToProvider("Riverside Surgery", WHY, janesOnly, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Arthur Smith's consent to share their information");
    assertThat(complaint.transfer()).isEmpty();
  }

  @Test
  void aTransferredComplaintClosesAsTransferredNotAsWithdrawn() {
    Complaint complaint = janes();
    complaint.transferToProvider("Riverside Surgery", WHY, bothConsents(complaint), NOW, HANDLER);

    complaint.close(ClosureReason.TRANSFERRED, NOW, HANDLER);

    assertThat(complaint.isClosed()).isTrue();
    assertThat(complaint.closure().orElseThrow().reason()).isEqualTo(ClosureReason.TRANSFERRED);
  }

  @Test
  void onlyAComplaintRecordedAsTransferredClosesAsTransferred() {
    Complaint complaint = janes();

    assertThatThrownBy(() -> complaint.close(ClosureReason.TRANSFERRED, NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageStartingWith("Record the transfer to the provider");
    assertThat(complaint.isClosed()).isFalse();
  }

  @Test
  void onceThePlanIsAgreedTheIcbHandlesItAndItIsNotTransferred() {
    Complaint complaint = investigating("The call back");

    assertThatThrownBy(
            () ->
                complaint.transferToProvider(
                    "Riverside Surgery", WHY, bothConsents(complaint), NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "A transfer to the provider is not possible while the complaint is being"
                + " investigated.");
  }

  @Test
  void aComplaintAboutTheIcbItselfHasNoProviderToPassItTo() {
    Complaint complaint =
        acknowledged(
            ComplaintMade.byThePatient(
                ComplaintFiles.jane(),
                new SubjectOfComplaint("Northvale ICB commissioning team", List.of(), true),
                ComplaintFiles.happenedOn(LocalDate.of(2026, 2, 1))));

    assertThatThrownBy(
            () ->
                complaint.transferToProvider(
                    "Riverside Surgery", WHY, bothConsents(complaint), NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("This complaint is about the ICB itself: there is no provider to pass it to.");
  }

  @Test
  void aComplaintIsTransferredOnce() {
    Complaint complaint = janes();
    complaint.transferToProvider("Riverside Surgery", WHY, bothConsents(complaint), NOW, HANDLER);

    assertThatThrownBy(
            () ->
                complaint.transferToProvider(
                    "Riverside Surgery", WHY, bothConsents(complaint), NOW, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("This complaint has already been passed to the provider.");
    assertThat(complaint.disclosureLog().disclosures()).hasSize(1);
  }
}
