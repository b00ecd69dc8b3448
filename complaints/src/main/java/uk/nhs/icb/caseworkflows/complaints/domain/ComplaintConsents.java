package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentSubject;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/**
 * Which consents a complaint needs, from who made it and for whom. The complainant always consents
 * to the ICB handling it; a living patient with capacity who asked someone to act must consent to
 * that (and so to their information reaching the representative); and the patient (the complainant
 * when they complain for themselves) must consent before the organisation complained about is told
 * anything, whoever investigates, unless the Caldicott Guardian approved sharing without consent.
 * Naming the complainant to that organisation needs the complainant's own consent as well. A
 * complaint about the ICB itself goes to no other organisation, so needs neither.
 */
final class ComplaintConsents {

  static final String COMPLAINANT = "complainant";
  static final String PATIENT = "patient";

  private final Party complainant;
  private final AffectedPerson patient;
  private final Representation representation;
  private final boolean aboutTheIcb;

  ComplaintConsents(
      Party complainant,
      AffectedPerson patient,
      Representation representation,
      boolean aboutTheIcb) {
    this.complainant = complainant;
    this.patient = patient;
    this.representation = representation;
    this.aboutTheIcb = aboutTheIcb;
  }

  /**
   * What the plan needs; {@code investigatedBy} does not change it, as the organisation complained
   * about is told of the complaint either way, but stays so a route that shares less could.
   */
  List<RequiredConsent> toPlan(Investigator investigatedBy) {
    List<RequiredConsent> needed = new ArrayList<>();
    needed.add(
        new RequiredConsent(
            ConsentPurpose.PROCESS_CASE,
            complainantSubject(),
            complainant.name() + "'s consent to the ICB handling the complaint"));
    if (representation != null && representation.standing().needsThePatientsOwnConsent()) {
      needed.add(
          new RequiredConsent(
              ConsentPurpose.REPRESENTATIVE_TO_ACT,
              ConsentSubject.of(patient.name(), PATIENT),
              patient.name() + "'s consent to " + complainant.name() + " acting for them"));
    }
    // The notice tells the organisation complained about what the complaint says about the
    // patient, whether the ICB or the provider investigates.
    if (!aboutTheIcb) {
      needed.add(toShareWithProvider());
    }
    return needed;
  }

  /** Refuses the plan while a consent it needs is not in force among the case's consents. */
  void requireToPlan(Investigator investigatedBy, ConsentCheck consentsOfThisCase, Instant at) {
    for (RequiredConsent needed : toPlan(investigatedBy)) {
      if (!needed.isMetBy(consentsOfThisCase, at)) {
        throw new ComplaintRuleException(
            "The plan cannot be agreed without " + needed.described() + ". Record it first.");
      }
    }
  }

  RequiredConsent toShareWithProvider() {
    ConsentSubject concerned =
        patient == null ? complainantSubject() : ConsentSubject.of(patient.name(), PATIENT);
    return new RequiredConsent(
        ConsentPurpose.SHARE_WITH_PROVIDER,
        concerned,
        concerned.name() + "'s consent to share their information with those complained about");
  }

  /** The complainant's own agreement to their complaint being handled by the provider instead. */
  RequiredConsent toTransfer() {
    return new RequiredConsent(
        ConsentPurpose.TRANSFER_TO_PROVIDER,
        complainantSubject(),
        complainant.name() + "'s consent to the complaint being passed to the provider to handle");
  }

  RequiredConsent toNameTheComplainant() {
    return new RequiredConsent(
        ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
        complainantSubject(),
        complainant.name() + "'s consent to being named to those complained about");
  }

  private ConsentSubject complainantSubject() {
    return ConsentSubject.of(complainant.name(), COMPLAINANT);
  }
}
