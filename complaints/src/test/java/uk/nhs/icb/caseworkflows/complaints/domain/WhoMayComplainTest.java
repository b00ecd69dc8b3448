package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJaneForArthur;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consent;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.consents;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.CHILD;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.DECEASED;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.LACKS_CAPACITY;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.PATIENT_REQUEST;
import static uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding.PHYSICALLY_UNABLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;

/**
 * Who may complain (regulation 5): a representative may complain for a patient who has died, is a
 * child, cannot complain because of a physical incapacity or because they lack capacity, or asked
 * them to; one test per ground, then what a decision does to the rest of the complaint.
 */
class WhoMayComplainTest {

  private static final Instant DECIDED = london("2026-03-03T10:00");
  private static final ComplaintPlan PLAN =
      ComplaintPlan.withDefaultResponseDate(List.of("Six-hour wait"), Investigator.ICB);

  private static Complaint representedOn(RepresentativeStanding ground) {
    return acknowledged(byJaneForArthur(ground));
  }

  @Test
  void aPatientWhoAskedSomeoneToActHasThemAcceptedAndStillConsentsThemselves() {
    Complaint complaint = representedOn(PATIENT_REQUEST);

    complaint.decideStanding(true, null, null, null, null, DECIDED, HANDLER);

    StandingDecision decision = complaint.standingDecision().orElseThrow();
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.reasonableGrounds()).isEmpty();
    assertThat(decision.bestInterests()).isEmpty();
    assertThat(decision.decidedAt()).isEqualTo(DECIDED);
    assertThat(decision.decidedBy()).isEqualTo(HANDLER);
    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose)
        .contains(ConsentPurpose.REPRESENTATIVE_TO_ACT);
  }

  @Test
  void aChildsRepresentativeIsAcceptedOnlyWithReasonableGroundsAndInTheChildsBestInterests() {
    Complaint complaint = representedOn(CHILD);

    assertThatThrownBy(
            () -> complaint.decideStanding(true, false, true, null, null, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("reasonable grounds for them complaining instead of the child");
    assertThatThrownBy(
            () -> complaint.decideStanding(true, true, null, null, null, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("best interests");
    assertThat(complaint.standingDecision()).isEmpty();

    complaint.decideStanding(true, true, true, null, null, DECIDED, HANDLER);

    assertThat(complaint.standingDecision().orElseThrow().reasonableGrounds()).contains(true);
    assertThat(complaint.standingDecision().orElseThrow().bestInterests()).contains(true);
    assertThat(complaint.mayShareThePatientsInformationWithTheComplainant()).isTrue();
  }

  @Test
  void aChildsRepresentativeRefusedIsToldWhyAndTheComplaintClosesForIt() {
    Complaint complaint = representedOn(CHILD);

    complaint.decideStanding(
        false, false, true, null, "Arthur is 16 and wants to complain himself.", DECIDED, HANDLER);

    assertThat(complaint.standingDecision().orElseThrow().reasons())
        .contains("Arthur is 16 and wants to complain himself.");
    assertThat(complaint.mayShareThePatientsInformationWithTheComplainant()).isFalse();
    complaint.close(ClosureReason.STANDING_REFUSED, london("2026-03-03T10:05"), HANDLER);
    assertThat(complaint.closure().orElseThrow().reason())
        .isEqualTo(ClosureReason.STANDING_REFUSED);
  }

  @Test
  void someoneLackingCapacityHasARepresentativeOnlyIfTheyActInTheirBestInterests() {
    Complaint complaint = representedOn(LACKS_CAPACITY);

    assertThatThrownBy(
            () -> complaint.decideStanding(true, null, false, null, null, DECIDED, HANDLER))
        .isInstanceOf(StandingDecision.FindingMissing.class)
        .hasMessageContaining("best interests");

    // Reasonable grounds are a child's finding only: not asked, not kept.
    complaint.decideStanding(true, true, true, null, null, DECIDED, HANDLER);

    assertThat(complaint.standingDecision().orElseThrow().reasonableGrounds()).isEmpty();
    assertThat(complaint.standingDecision().orElseThrow().bestInterests()).contains(true);
    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose)
        .doesNotContain(ConsentPurpose.REPRESENTATIVE_TO_ACT);
  }

  @Test
  void physicallyUnableIsItsOwnGroundWhereThePatientStillDecides() {
    Complaint complaint = representedOn(PHYSICALLY_UNABLE);

    complaint.decideStanding(true, null, null, null, null, DECIDED, HANDLER);

    assertThat(complaint.representation().orElseThrow().standing()).isEqualTo(PHYSICALLY_UNABLE);
    assertThat(complaint.standingDecision().orElseThrow().bestInterests()).isEmpty();
    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose)
        .contains(ConsentPurpose.REPRESENTATIVE_TO_ACT);
  }

  @Test
  void forAPatientWhoHasDiedTheRepresentativesRelationshipIsRecordedWithItsEvidence() {
    assertThatThrownBy(() -> new Representation(DECEASED, "Death certificate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("who they are to the patient");
    assertThatThrownBy(
            () -> Representation.ofDeceased(RepresentativeRelationship.OTHER, " ", "Letter"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Representation(CHILD, null, RepresentativeRelationship.NEXT_OF_KIN, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only for a patient who has died");

    Representation executor =
        Representation.ofDeceased(
            RepresentativeRelationship.PERSONAL_REPRESENTATIVE, "ignored", null);
    assertThat(executor.relationship())
        .contains(RepresentativeRelationship.PERSONAL_REPRESENTATIVE);
    assertThat(executor.relationshipDescription()).isEmpty();

    Complaint complaint =
        acknowledged(
            ComplaintMade.onBehalfOf(
                byJaneForArthur(DECEASED).complainant(),
                byJaneForArthur(DECEASED).affectedPerson(),
                executor,
                byJaneForArthur(DECEASED).subject(),
                byJaneForArthur(DECEASED).details()));
    assertThatThrownBy(
            () -> complaint.decideStanding(true, null, null, null, null, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("evidence of the representative's standing");

    complaint.decideStanding(
        true, null, null, "Grant of probate seen, 3 March 2026", null, DECIDED, HANDLER);

    assertThat(complaint.standingDecision().orElseThrow().evidenceSeen())
        .contains("Grant of probate seen, 3 March 2026");
    // Their standing replaces the patient's consent to them acting; sharing with those
    // complained about still needs consent, which the personal representative gives for him.
    assertThat(complaint.consentsNeededToPlan(Investigator.ICB))
        .extracting(RequiredConsent::purpose)
        .containsExactly(ConsentPurpose.PROCESS_CASE, ConsentPurpose.SHARE_WITH_PROVIDER);
  }

  @Test
  void aRefusalGivesItsReasons() {
    Complaint complaint = representedOn(LACKS_CAPACITY);

    assertThatThrownBy(
            () -> complaint.decideStanding(false, null, false, null, "  ", DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Give the reasons");
  }

  @Test
  void noPlanWhileTheStandingIsUndecidedOrRefused() {
    Complaint complaint = representedOn(PATIENT_REQUEST);
    var everyConsent =
        consents(
            consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"),
            consent(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Arthur Smith", "patient"));

    assertThatThrownBy(() -> complaint.plan(PLAN, everyConsent, DEADLINES, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "Decide whether the representative may complain for the patient before the plan is"
                + " agreed.");

    complaint.decideStanding(
        false, null, null, null, "Arthur says he did not ask Jane.", DECIDED, HANDLER);

    assertThatThrownBy(() -> complaint.plan(PLAN, everyConsent, DEADLINES, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("was not accepted");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
  }

  @Test
  void aPatientsOwnComplaintHasNoStandingToDecideAndGoesOnAsBefore() {
    Complaint complaint = acknowledged(byJane(LocalDate.of(2026, 2, 1)));

    assertThatThrownBy(
            () -> complaint.decideStanding(true, null, null, null, null, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("made by the patient");
    assertThat(complaint.mayShareThePatientsInformationWithTheComplainant()).isTrue();
    complaint.plan(
        PLAN,
        consents(
            consent(complaint, ConsentPurpose.PROCESS_CASE, "Jane Smith", "complainant"),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Jane Smith", "complainant")),
        DEADLINES,
        DECIDED,
        HANDLER);
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.PLANNED);
  }

  @Test
  void onlyARefusedStandingClosesTheComplaintForIt() {
    Complaint accepted = representedOn(PATIENT_REQUEST);
    accepted.decideStanding(true, null, null, null, null, DECIDED, HANDLER);

    assertThatThrownBy(() -> accepted.close(ClosureReason.STANDING_REFUSED, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("standing was refused");
    assertThatThrownBy(
            () ->
                acknowledged(byJane(LocalDate.of(2026, 2, 1)))
                    .close(ClosureReason.STANDING_REFUSED, DECIDED, HANDLER))
        .isInstanceOf(ComplaintRuleException.class);
  }
}
