package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.consent.domain.SharingBasis;

/**
 * What the complainant asked about being named, and what was shared with those complained about.
 * The complainant may ask not to be named, and the handler decides whether the complaint can be
 * investigated without naming them. Nothing is shared without a consent in force to cite, the
 * complainant's identity only with their own consent to that, and every disclosure is kept for the
 * life of the file. All of this can be changed until the response is sent.
 */
@Embeddable
public class DisclosureLog {

  @Embedded private Anonymity anonymity;

  @Transient private Supplier<ComplaintStatus> status;
  @Transient private ComplaintConsents consents;
  @Transient private String caseId;

  // Mapped on the complaint, as EclipseLink cannot map a collection inside an embeddable.
  @Transient private List<Disclosure> disclosures;

  // A log whose columns are all empty loads as none, so the complaint keeps it on its first change.
  @Transient private Consumer<DisclosureLog> keep;

  /** Nothing asked, nothing shared. */
  protected DisclosureLog() {}

  /** The log of a complaint with this status, these consents to need, and these disclosures. */
  DisclosureLog of(
      Supplier<ComplaintStatus> status,
      ComplaintConsents consents,
      String caseId,
      List<Disclosure> disclosures,
      Consumer<DisclosureLog> keep) {
    this.status = status;
    this.consents = consents;
    this.caseId = caseId;
    this.disclosures = disclosures;
    this.keep = keep;
    return this;
  }

  /** The complainant asked not to be named to those complained about. */
  public void askNotToBeNamed(Instant at, String recordedBy) {
    status.get().requireNotYetResponded("a request not to be named");
    anonymity = Anonymity.requested(at, recordedBy);
    keep.accept(this);
  }

  /** Whether the complaint can be investigated without naming the complainant, and why. */
  public void decideAnonymity(
      boolean canInvestigateAnonymously, String reason, Instant at, String by) {
    status.get().requireNotYetResponded("a decision on anonymity");
    if (anonymity == null) {
      throw new ComplaintRuleException("The complainant has not asked not to be named.");
    }
    anonymity = anonymity.decided(canInvestigateAnonymously, reason, at, by);
    keep.accept(this);
  }

  /**
   * Information shared with those complained about, without naming the complainant. It relies on
   * the patient's consent to share their information (the complainant's, when they complain for
   * themselves), or a basis without consent the Caldicott Guardian approved.
   */
  public void discloseToSubject(
      String whatWasShared, String recipient, ConsentCheck consentsGiven, Instant at, String by) {
    requireOpen();
    ConsentCheck ofThisCase = consentsGiven.forCase(Complaint.CASE_TYPE, caseId);
    disclosures.add(
        new Disclosure(
            whatWasShared,
            recipient,
            basisFor(consents.toShareWithProvider(), ofThisCase, at),
            null,
            at,
            by));
  }

  /**
   * The complaint with the complainant's name, shared with those complained about: the patient's
   * information on their consent (or an approved basis without it), and the name on the
   * complainant's own consent, which only they can give.
   */
  public void discloseIdentityToSubject(
      String whatWasShared, String recipient, ConsentCheck consentsGiven, Instant at, String by) {
    requireOpen();
    ConsentCheck ofThisCase = consentsGiven.forCase(Complaint.CASE_TYPE, caseId);
    SharingBasis patientsInformation = basisFor(consents.toShareWithProvider(), ofThisCase, at);
    RequiredConsent naming = consents.toNameTheComplainant();
    ConsentRecord namingConsent =
        ofThisCase
            .consentFor(naming.purpose(), naming.whose(), at)
            .orElseThrow(() -> missing(naming));
    disclosures.add(
        new Disclosure(whatWasShared, recipient, patientsInformation, namingConsent, at, by));
  }

  /**
   * The complaint shared with an organisation on a route of its own (a transfer, joint handling):
   * the patient's information on their consent (or an approved basis without it), as on every
   * route, and the complainant's name only on {@code naming}, a consent of their own that no basis
   * without consent replaces.
   *
   * @param naming null when the complainant is not named
   */
  Disclosure discloseToOrganisation(
      String whatWasShared,
      String organisation,
      RequiredConsent naming,
      ConsentCheck consentsGiven,
      Instant at,
      String by) {
    requireOpen();
    ConsentCheck ofThisCase = consentsGiven.forCase(Complaint.CASE_TYPE, caseId);
    SharingBasis patientsInformation = basisFor(consents.toShareWithProvider(), ofThisCase, at);
    ConsentRecord namingConsent =
        naming == null
            ? null
            : ofThisCase
                .consentFor(naming.purpose(), naming.whose(), at)
                .orElseThrow(() -> missing(naming));
    Disclosure disclosure =
        new Disclosure(whatWasShared, organisation, patientsInformation, namingConsent, at, by);
    disclosures.add(disclosure);
    return disclosure;
  }

  private void requireOpen() {
    status.get().requireNotYetResponded("a disclosure");
  }

  private static SharingBasis basisFor(RequiredConsent needed, ConsentCheck given, Instant at) {
    return needed.basisIn(given, at).orElseThrow(() -> missing(needed));
  }

  private static ComplaintRuleException missing(RequiredConsent needed) {
    return new ComplaintRuleException(
        "Nothing can be shared without "
            + needed.described()
            + ". Record the consent before sharing.");
  }

  public Optional<Anonymity> anonymity() {
    return Optional.ofNullable(anonymity);
  }

  public List<Disclosure> disclosures() {
    return List.copyOf(disclosures);
  }
}
