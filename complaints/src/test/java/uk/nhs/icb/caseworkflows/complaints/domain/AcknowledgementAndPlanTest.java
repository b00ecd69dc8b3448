package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJaneForArthur;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consents;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.receivedAt;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.standingAccepted;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.DECEASED;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.PATIENT_REQUEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;

class AcknowledgementAndPlanTest {

  private static final Instant PLANNED = london("2026-03-18T10:00");
  private static final ComplaintPlan TWO_ISSUES =
      ComplaintPlan.withDefaultResponseDate(
          List.of("Six-hour wait for a call back", "Rudeness at reception"), Investigator.ICB);

  private static ConsentRecord janeAgreesToProcessing(Complaint complaint) {
    return consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant");
  }

  @Test
  void acknowledgingRecordsWhenAndByWhom() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    complaint.acknowledge(london("2026-03-05T16:00"), HANDLER);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    assertThat(complaint.timetable().acknowledgedAt()).contains(london("2026-03-05T16:00"));
    assertThat(complaint.timetable().acknowledgedBy()).isEqualTo(HANDLER);
    assertThat(complaint.timetable().wasAcknowledgedLate()).isFalse();
  }

  @Test
  void anAcknowledgementAfterTheThirdWorkingDayIsLate() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    complaint.acknowledge(london("2026-03-06T09:00"), HANDLER);

    assertThat(complaint.timetable().wasAcknowledgedLate()).isTrue();
  }

  @Test
  void aComplaintIsAcknowledgedOnlyOnce() {
    Complaint complaint = receivedAt("2026-03-02T10:00");
    complaint.acknowledge(london("2026-03-03T09:00"), HANDLER);

    assertThatThrownBy(() -> complaint.acknowledge(london("2026-03-04T09:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("An acknowledgement is not possible while the complaint is acknowledged.");
  }

  @Test
  void aComplaintCannotBeAcknowledgedBeforeItWasReceived() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    assertThatThrownBy(() -> complaint.acknowledge(london("2026-03-02T09:00"), HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("A complaint cannot be acknowledged before it was received.");
  }

  @Test
  void aComplaintMustBeAcknowledgedBeforeItIsPlanned() {
    Complaint complaint = receivedAt("2026-03-02T10:00");
    complaint.admissibility().decideWithinRemit(PLANNED, HANDLER);

    assertThatThrownBy(() -> planWithJanesConsentToProcessing(complaint, TWO_ISSUES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage("Acknowledge the complaint before agreeing its plan.");
  }

  @Test
  void thePlanNumbersTheIssuesAndSetsTheResponseDateTwentyFiveWorkingDaysOn() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));
    complaint.awaitConsent();

    planWithJanesConsentToProcessing(complaint, TWO_ISSUES);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.PLANNED);
    assertThat(complaint.plan().issues())
        .extracting(ComplaintIssue::number, ComplaintIssue::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Six-hour wait for a call back"),
            org.assertj.core.groups.Tuple.tuple(2, "Rudeness at reception"));
    assertThat(complaint.plan().investigatedBy()).contains(Investigator.ICB);
    // Wednesday 18 March 2026 + 25 working days, skipping Good Friday and Easter Monday.
    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 4, 24));
    assertThat(complaint.plan().plannedBy()).isEqualTo(HANDLER);
  }

  @Test
  void aResponseDateAgreedWithTheComplainantReplacesTheDefault() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));

    planWithJanesConsentToProcessing(
        complaint,
        new ComplaintPlan(List.of("Delay"), Investigator.ICB, LocalDate.of(2026, 5, 29)));

    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 5, 29));
  }

  @Test
  void withoutTheComplainantsConsentToHandlingItThereIsNoPlan() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));

    assertThatThrownBy(
            () -> complaint.plan(TWO_ISSUES, ConsentCheck.none(), DEADLINES, PLANNED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "The plan cannot be agreed without Jane Smith's consent to the ICB handling the "
                + "complaint. Record it first.");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
  }

  @Test
  void aConsentWithdrawnBeforeThePlanDoesNotCount() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));
    ConsentRecord consent = janeAgreesToProcessing(complaint);
    consent.withdraw(london("2026-03-10T10:00"), ConsentMethod.VERBAL, HANDLER, null);

    assertThatThrownBy(
            () -> complaint.plan(TWO_ISSUES, consents(consent), DEADLINES, PLANNED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void aConsentGivenInAnotherComplaintDoesNotCount() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));
    Complaint another = acknowledged(byJane(LocalDate.of(2026, 2, 1)));

    assertThatThrownBy(
            () ->
                complaint.plan(
                    TWO_ISSUES,
                    consents(janeAgreesToProcessing(another)),
                    DEADLINES,
                    PLANNED,
                    HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void aPatientWhoAskedARepresentativeToActMustConsentToThat() {
    Complaint complaint = standingAccepted(acknowledged(byJaneForArthur(PATIENT_REQUEST)));

    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose)
        .containsExactly(
            ConsentPurpose.PROCESS_CASE,
            ConsentPurpose.REPRESENTATIVE_TO_ACT,
            ConsentPurpose.SHARE_WITH_PROVIDER);
    assertThatThrownBy(() -> planWithJanesConsentToProcessing(complaint, TWO_ISSUES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Arthur Smith's consent to Jane Smith acting for them");

    complaint.plan(
        TWO_ISSUES,
        consents(
            janeAgreesToProcessing(complaint),
            consent(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Arthur Smith", "patient"),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Arthur Smith", "patient")),
        DEADLINES,
        PLANNED,
        HANDLER);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.PLANNED);
  }

  @Test
  void aRepresentativeForSomeoneWhoHasDiedReliesOnTheirStandingToActButSharingStillNeedsConsent() {
    Complaint complaint = acknowledged(byJaneForArthur(DECEASED));

    // Arthur cannot be asked; his personal representative consents for him to the sharing.
    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose, required -> required.whose().roleInCase())
        .containsExactly(
            tuple(ConsentPurpose.PROCESS_CASE, "complainant"),
            tuple(ConsentPurpose.SHARE_WITH_PROVIDER, "patient"));
  }

  @Test
  void askingTheProviderToInvestigateNeedsConsentToShareThePatientsInformation() {
    Complaint complaint = standingAccepted(acknowledged(byJaneForArthur(DECEASED)));

    assertThatThrownBy(
            () ->
                planWithJanesConsentToProcessing(
                    complaint,
                    ComplaintPlan.withDefaultResponseDate(List.of("Delay"), Investigator.PROVIDER)))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Arthur Smith's consent to share their information");
  }

  /** Agrees the plan with no consent but Jane's, to processing her complaint and sharing hers. */
  private static void planWithJanesConsentToProcessing(Complaint complaint, ComplaintPlan plan) {
    complaint.plan(
        plan,
        consents(
            janeAgreesToProcessing(complaint),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant")),
        DEADLINES,
        PLANNED,
        HANDLER);
  }
}
