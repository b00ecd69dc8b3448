package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consent;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.forHerFather;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.london;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.planned;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.responded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentMethod;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ConsentReliance;

/**
 * Issue 14 point 10: withdrawing a consent a later step relies on stops that step and tells the
 * complainant what happens next; a consent the whole complaint needs closes it, by letter; one
 * nothing still relies on is recorded and acknowledged. Each from a real file and its template.
 */
class ConsentWithdrawalTellsTheComplainantTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private static ConsentRecord withdrawn(
      Complaint complaint, ConsentPurpose purpose, String name, String role) {
    ConsentRecord consent = consent(complaint, purpose, name, role);
    consent.withdraw(london("2026-03-05T09:30"), ConsentMethod.VERBAL, HANDLER, "Telephoned");
    return consent;
  }

  private AddressedLetter letterFor(Complaint complaint, ConsentRecord consent) {
    return contents.consentWithdrawalLetter(
        complaint, consent, complaint.relianceOn(consent.purpose()));
  }

  private static String text(AddressedLetter letter) {
    return new LetterComposer()
        .compose(
            CATALOGUE.current(letter.content().kind()),
            letter.content(),
            LETTERHEAD,
            LocalDate.of(2026, 3, 5));
  }

  @Test
  void point10SharingWithdrawnDuringTheInvestigationStopsAskingTheOrganisationAndSaysWhatNext() {
    Complaint complaint = planned();
    complaint.startInvestigation();
    ConsentRecord sharing =
        withdrawn(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient");

    assertThat(complaint.relianceOn(ConsentPurpose.SHARE_WITH_PROVIDER))
        .isEqualTo(ConsentReliance.ASKING_THE_PROVIDER);
    AddressedLetter letter = letterFor(complaint, sharing);

    assertThat(letter.content().kind()).isEqualTo("complaint-consent-withdrawal-stops");
    assertThat(text(letter))
        .contains(
            "on 5 March 2026 Mr Rhodri Evans’s consent to us sharing information with " + TRUST)
        .contains("we will not share anything more with " + TRUST + " or ask it for more")
        .contains("has already sent us stays on your complaint file")
        .contains("Your response date does not change");
  }

  @Test
  void point10SharingWithdrawnBeforeTheNoticeWentStopsTheNotice() {
    Complaint complaint = planned();
    ConsentRecord sharing =
        withdrawn(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient");

    assertThat(complaint.relianceOn(ConsentPurpose.SHARE_WITH_PROVIDER))
        .isEqualTo(ConsentReliance.THE_NOTICE_TO_THE_PROVIDER);
    assertThat(text(letterFor(complaint, sharing)))
        .contains("we will not send your complaint to " + TRUST)
        .contains("will contact you about what we can still do")
        .contains("we may not be able to look into every part of your complaint");
  }

  @Test
  void point10BeingNamedWithdrawnBeforeTheNamedNoticeStopsTheNaming() {
    Complaint complaint = planned();
    ConsentRecord naming =
        withdrawn(
            complaint, ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT, "Mrs Siân Evans", "complainant");

    assertThat(complaint.relianceOn(ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT))
        .isEqualTo(ConsentReliance.NAMING_THE_COMPLAINANT);
    assertThat(text(letterFor(complaint, naming)))
        .contains("your consent to us telling " + TRUST + " who you are")
        .contains("we will not tell " + TRUST + " who you are")
        .contains("we will write to you to explain your choices");
  }

  @Test
  void point10HandlingWithdrawnClosesTheComplaintAndTheLetterSaysSoAndHowToComeBack() {
    Complaint complaint = acknowledged(forHerFather());
    ConsentRecord handling =
        withdrawn(complaint, ConsentPurpose.PROCESS_CASE, "Mrs Siân Evans", "complainant");

    assertThat(complaint.relianceOn(ConsentPurpose.PROCESS_CASE))
        .isEqualTo(ConsentReliance.THE_COMPLAINT);
    AddressedLetter letter = letterFor(complaint, handling);

    assertThat(letter.content().kind()).isEqualTo("complaint-consent-withdrawn");
    assertThat(text(letter))
        .contains("your consent to us handling your complaint was withdrawn")
        .contains("we have stopped our work on it and closed it")
        .contains("within 12 months");
  }

  @Test
  void point10APatientsWithdrawnAgreementToTheRepresentativeLeavesTheirNhsNumberOff() {
    Complaint complaint = acknowledged(forHerFather());
    ConsentRecord acting =
        withdrawn(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Mr Rhodri Evans", "patient");

    AddressedLetter letter = letterFor(complaint, acting);

    assertThat(letter.content().kind()).isEqualTo("complaint-consent-withdrawn");
    assertThat(letter.content().nhsNumber()).isNull();
    assertThat(text(letter)).contains("Mr Rhodri Evans’s consent to you acting for them");
  }

  @Test
  void point10AConsentNothingStillReliesOnIsRecordedAndAcknowledged() {
    Complaint complaint = responded();
    ConsentRecord sharing =
        withdrawn(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient");

    assertThat(complaint.relianceOn(ConsentPurpose.SHARE_WITH_PROVIDER))
        .isEqualTo(ConsentReliance.NOTHING);
    AddressedLetter letter = letterFor(complaint, sharing);

    assertThat(letter.content().kind()).isEqualTo("complaint-consent-withdrawal-noted");
    assertThat(text(letter))
        .contains("We have recorded that on 5 March 2026")
        .contains("we will not use or share information for that purpose")
        .contains("We cannot take back information that was shared before");
  }
}
