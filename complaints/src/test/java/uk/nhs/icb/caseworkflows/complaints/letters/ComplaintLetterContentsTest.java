package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.RHODRI_NHS_NUMBER;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.aboutHerself;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consent;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consents;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.forHerFather;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.forHerGrandson;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.mustBeNamed;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.notAcceptedLate;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.outsideRemit;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.planned;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.received;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.responded;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.signedOffResponse;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.standingRefused;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.OutsideRemitReason;

/**
 * Every complaint letter made from a real complaint file and merged with its real template, so a
 * field the template needs and the file cannot give fails here rather than in front of a handler.
 */
class ComplaintLetterContentsTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();
  private static final LocalDate ISSUED = LocalDate.of(2026, 3, 5);

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private static String composed(LetterContent content) {
    return new LetterComposer()
        .compose(CATALOGUE.current(content.kind()), content, LETTERHEAD, ISSUED);
  }

  private String letter(String kind, Complaint complaint, LetterCircumstances circumstances) {
    return composed(contents.contentOf(kind, complaint, circumstances));
  }

  @Test
  void theAcknowledgementGoesToTheComplainantAboutThePatientSayingStandingComesFirstWithAdvocacy()
      throws IOException {
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.ACKNOWLEDGEMENT,
            acknowledged(forHerFather()),
            LetterCircumstances.none().withConsentOutstanding());

    assertThat(content.recipient().name()).isEqualTo("Mrs Siân Evans");
    assertThat(content.recipient().addressLines())
        .containsExactly("12 Station Road", "Leagrave", "Luton");
    assertThat(content.nhsNumber()).isEqualTo(RHODRI_NHS_NUMBER);
    assertThat(content.reference()).isEqualTo("CMP-2026-000123");
    assertThat(content.signatory().name()).isEqualTo("Priya Shah");

    String text = pdfText(composed(content));
    assertThat(text)
        .contains("Dear Mrs Siân Evans,")
        .contains("We received your complaint by email on 2 March 2026")
        .contains("A six-week wait for a home visit after discharge from hospital")
        .contains("Two calls to the duty line that were not returned")
        .contains("Daniel O'Connor is looking after your complaint")
        .contains("01632 960 412")
        // 25 working days after Tuesday 3 March 2026, over the Easter bank holidays
        .contains("send you our full response by 9 April 2026")
        // For someone else: the representative's standing is decided before the consent form.
        .contains("we first need to be satisfied that you can make it for them")
        .contains("send you the consent form once we have")
        .doesNotContain("We have enclosed a consent form")
        .contains("Northvale Independent Advocacy")
        .contains("NHS number: 943 476 5919");
  }

  @Test
  void theAcknowledgementOfAPatientsOwnComplaintEnclosesTheConsentForm() throws IOException {
    String text =
        pdfText(
            composed(
                contents.contentOf(
                    ComplaintLetterContents.ACKNOWLEDGEMENT,
                    acknowledged(aboutHerself(LocalDate.of(2026, 2, 10))),
                    LetterCircumstances.none().withConsentOutstanding())));

    assertThat(text)
        .contains("We have enclosed a consent form")
        // 10 working days after Thursday 5 March 2026
        .contains("return it by 19 March 2026")
        .doesNotContain("make it for them");
  }

  @Test
  void theAcknowledgementLeavesOutTheConsentFormWhenConsentIsAlreadyComplete() {
    String letter =
        letter(
            ComplaintLetterContents.ACKNOWLEDGEMENT,
            acknowledged(aboutHerself(LocalDate.of(2026, 2, 10))),
            LetterCircumstances.none());

    assertThat(letter).doesNotContain("Your consent").doesNotContain("NHS number:");
  }

  @Test
  void theAcknowledgementPromisesTheAgreedDateOnceThereIsAPlan() {
    Complaint complaint = planned();

    String letter =
        letter(ComplaintLetterContents.ACKNOWLEDGEMENT, complaint, LetterCircumstances.none());

    assertThat(complaint.timetable().responseDue()).contains(LocalDate.of(2026, 4, 10));
    assertThat(letter)
        .contains("by 10 April 2026")
        .contains("The six-week wait for a first home visit");
  }

  @Test
  void theConsentFormAsksThePatientWhoAskedSomeoneToActToSignToo() {
    String letter =
        letter(
            ComplaintLetterContents.CONSENT_FORM,
            acknowledged(forHerFather()),
            LetterCircumstances.none());

    assertThat(letter)
        .contains("Please ask Mr Rhodri Evans to sign the second part of the form")
        .contains("Agreement of Mr Rhodri Evans")
        .contains("<li>" + TRUST + "</li>")
        .contains("return it to us by 19 March 2026")
        .contains("look at the records held about the care");
  }

  @Test
  void theConsentFormForOwnCareAsksOnlyTheComplainant() {
    String letter =
        letter(
            ComplaintLetterContents.CONSENT_FORM,
            acknowledged(aboutHerself(LocalDate.of(2026, 2, 10))),
            LetterCircumstances.none());

    assertThat(letter).contains("health information about you").doesNotContain("Agreement of");
  }

  @Test
  void theOutsideRemitLetterSaysWhyAndWhereToGo() {
    String letter =
        letter(
            ComplaintLetterContents.OUTSIDE_REMIT,
            outsideRemit(OutsideRemitReason.NOT_NHS),
            LetterCircumstances.none());

    assertThat(letter)
        .contains("is not about NHS care")
        .doesNotContain("within 12 months")
        .contains("<strong>Luton Borough Council, Adult Social Care Complaints</strong>")
        .contains("<li>Telephone: 01632 960 900</li>")
        .contains("contact Daniel O&#39;Connor by telephone on 01632 960 412");
  }

  @Test
  void theOutOfTimeLetterGivesTheHandlersReasons() {
    String letter =
        letter(
            ComplaintLetterContents.OUTSIDE_REMIT,
            notAcceptedLate(),
            LetterCircumstances.none().outOfTime());

    assertThat(letter)
        .contains("within 12 months")
        .contains("The service has since closed and its records for 2024 cannot be found.")
        .doesNotContain("Where you can take your concerns instead");
  }

  @Test
  void theOutsideRemitLetterWaitsForTheDecision() {
    Complaint complaint = received(aboutHerself(LocalDate.of(2026, 2, 10)));

    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.OUTSIDE_REMIT, complaint, LetterCircumstances.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not for the ICB");
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.OUTSIDE_REMIT,
                    complaint,
                    LetterCircumstances.none().outOfTime()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("late complaint");
  }

  @Test
  void whoMayComplainTheStandingRefusedLetterGivesTheReasonsAndNothingTheIcbHoldsOnThePatient() {
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.STANDING_REFUSED,
            standingRefused(),
            LetterCircumstances.none());
    String letter = composed(content);

    assertThat(content.recipient().name()).isEqualTo("Mrs Siân Evans");
    assertThat(content.nhsNumber()).as("no NHS number to a representative not accepted").isNull();
    assertThat(letter)
        .contains("which you made on behalf of Osian Evans")
        .contains(
            "reasonable grounds for it being made by a representative instead of by the child")
        .contains("Osian&#39;s mother, who has parental responsibility, has already complained")
        .contains("we will not share any information about Osian Evans")
        .contains("Parliamentary and Health Service Ombudsman")
        .doesNotContain("943 476 5919", "lacks the mental capacity", "someone who has died");
  }

  @Test
  void theStandingRefusedLetterWaitsForTheRefusal() {
    Complaint undecided = acknowledged(forHerGrandson());

    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.STANDING_REFUSED,
                    undecided,
                    LetterCircumstances.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("may not complain for the patient");
  }

  @Test
  void noResponseAboutThePatientGoesToARepresentativeNotAccepted() {
    for (String response :
        new String[] {
          ComplaintLetterContents.FINAL_RESPONSE, ComplaintLetterContents.HOLDING_LETTER
        }) {
      assertThatThrownBy(
              () -> contents.contentOf(response, standingRefused(), LetterCircumstances.none()))
          .as(response)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has not been accepted");
    }
  }

  @Test
  void theAnonymousDisclosureNoticeGoesToTheTrustAndNamesNobody() {
    Complaint complaint = planned();
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.DISCLOSURE_NOTICE,
            complaint,
            LetterCircumstances.none().anonymously());

    assertThat(content.recipient().name()).isEqualTo(TRUST);
    assertThat(content.recipient().addressLines()).isEmpty();
    assertThat(content.nhsNumber()).isNull();
    assertThat(composed(content))
        .contains("Dear Sir or Madam,")
        .contains("has asked us not to tell you who they are")
        .doesNotContain("Siân")
        .doesNotContain("Rhodri")
        .contains("The unreturned calls")
        .contains("by 19 March 2026");
  }

  @Test
  void theNamedDisclosureNoticeCitesTheComplainantsConsentAndTheProcesssDate() {
    Complaint complaint = planned();
    LetterCircumstances circumstances =
        new LetterCircumstances(
            false,
            false,
            false,
            false,
            LocalDate.of(2026, 3, 20),
            consents(
                consent(
                    complaint,
                    ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
                    "Mrs Siân Evans",
                    "complainant")),
            null);

    String letter = letter(ComplaintLetterContents.DISCLOSURE_NOTICE, complaint, circumstances);

    assertThat(letter)
        .contains("made by Mrs Siân Evans, on behalf of Mr Rhodri Evans")
        .contains("gave their consent for us to do so on 3 March 2026")
        .contains("by 20 March 2026")
        .doesNotContain("NHS number:");
  }

  @Test
  void noOneIsNamedToTheTrustWithoutTheirConsent() {
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.DISCLOSURE_NOTICE,
                    planned(),
                    LetterCircumstances.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Mrs Siân Evans has not consented to being named to " + TRUST);
  }

  @Test
  void theIdentityLetterGivesTheHandlersReasonAndTheChoices() {
    String letter =
        letter(ComplaintLetterContents.IDENTITY_NEEDED, mustBeNamed(), LetterCircumstances.none());

    assertThat(letter)
        .contains("you asked us not to tell " + TRUST + " who you are")
        .contains("which the trust can only find by his name and NHS number")
        .contains("the details of Mr Rhodri Evans that " + TRUST + " needs")
        .contains("We may still use the general concerns")
        .contains("Please reply by 19 March 2026");
  }

  @Test
  void theIdentityLetterWaitsForTheDecisionOnAnonymity() {
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.IDENTITY_NEEDED, planned(), LetterCircumstances.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be looked into without naming the complainant");
  }

  @Test
  void theHoldingLetterExplainsTheDelayAndWhatHasBeenDone() {
    String letter =
        letter(ComplaintLetterContents.HOLDING_LETTER, planned(), LetterCircumstances.none());

    assertThat(letter)
        .contains(
            "The six months within which the NHS complaints regulations expect a response end on")
        .contains("1 September 2026")
        .contains("still waiting for some of the information")
        .contains("We acknowledged your complaint on 3 March 2026")
        .contains("We agreed the issues we would look into on 4 March 2026")
        .contains("expect to send it by 10 April 2026");
  }

  @Test
  void theFinalResponseStatesEachOutcomeInTheSignedOffWordsOverTheResponsiblePersonsName() {
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.FINAL_RESPONSE,
            responded(),
            LetterCircumstances.none().withResponse(signedOffResponse()));

    assertThat(content.signatory().name()).isEqualTo("Dr Helen Marsh");
    assertThat(composed(content))
        .contains("<strong>The six-week wait for a first home visit</strong>")
        .contains("Outcome: <strong>Upheld</strong>")
        .contains("Outcome: <strong>Not upheld</strong>")
        .contains("Overall outcome of your complaint: <strong>Partially upheld</strong>")
        .contains("The referral was added to the wrong team")
        .contains("We are very sorry")
        .contains("(responsible: Community Nursing Service Manager; by 30 June 2026)")
        .contains("We are satisfied that the action needed");
  }

  @Test
  void theFinalResponseWaitsForTheOutcomesAndTheSignedOffWording() {
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.FINAL_RESPONSE,
                    planned(),
                    LetterCircumstances.none().withResponse(signedOffResponse())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before an outcome is recorded for each issue");
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.FINAL_RESPONSE,
                    responded(),
                    LetterCircumstances.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no signed-off wording");
  }

  @Test
  void anUnknownKindIsNoComplaintLetter() {
    assertThatThrownBy(
            () -> contents.contentOf("chc-decision", planned(), LetterCircumstances.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String pdfText(String xhtml) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(new PdfLetterRenderer().render(xhtml))) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}
