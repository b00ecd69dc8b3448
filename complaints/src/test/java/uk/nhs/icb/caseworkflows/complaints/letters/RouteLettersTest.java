package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.RHODRI_NHS_NUMBER;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.TRUST;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consent;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consents;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.forHerFather;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.london;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.planned;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.signedOffResponse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;

/**
 * The letters of issue 13 points 4 and 5 made from real complaint files and merged with their real
 * templates: the transfer to the provider (to Siân and to the trust) and joint handling (to Siân,
 * and the final response that co-ordinates the organisations' answers).
 */
class RouteLettersTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();
  private static final String PHARMACY = "Leagrave Road Pharmacy";
  private static final String WHY = "The trust has not yet had the chance to answer it.";

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private static String composed(LetterContent content) {
    return new LetterComposer()
        .compose(CATALOGUE.current(content.kind()), content, LETTERHEAD, LocalDate.of(2026, 3, 5));
  }

  private static Complaint transferred() {
    Complaint complaint = acknowledged(forHerFather());
    complaint.transferToProvider(
        TRUST,
        WHY,
        consents(
            consent(
                complaint, ConsentPurpose.TRANSFER_TO_PROVIDER, "Mrs Siân Evans", "complainant"),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient")),
        london("2026-03-04T10:00"),
        HANDLER);
    return complaint;
  }

  private static Complaint handledJointly(String lead) {
    Complaint complaint = planned();
    complaint.startInvestigation();
    complaint.agreeJointHandling(
        lead,
        List.of(
            new JointHandling.Asked(TRUST, "An account of the home visits"),
            new JointHandling.Asked(PHARMACY, "Why the dressings were not delivered")),
        false,
        consents(
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient")),
        london("2026-03-04T12:00"),
        HANDLER);
    return complaint;
  }

  @Test
  void theComplainantIsToldWhoHasTheComplaintNowAndThatItIsNotWithdrawn() {
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.TRANSFERRED, transferred(), LetterCircumstances.none());

    assertThat(content.recipient().name()).isEqualTo("Mrs Siân Evans");
    assertThat(content.nhsNumber()).isEqualTo(RHODRI_NHS_NUMBER);
    assertThat(composed(content))
        .contains("Your complaint has been passed to " + TRUST)
        .contains(WHY)
        .contains("the details of Mr Rhodri Evans that they need to find the right records")
        .contains("Your complaint has not been withdrawn")
        .contains("Parliamentary and Health Service Ombudsman");
  }

  @Test
  void theProviderIsToldToHandleItAndHowToReachTheComplainant() {
    LetterContent content =
        contents.contentOf(
            ComplaintLetterContents.TRANSFER_NOTICE, transferred(), LetterCircumstances.none());

    assertThat(content.recipient().name()).isEqualTo(TRUST);
    assertThat(content.nhsNumber()).isNull();
    assertThat(composed(content))
        .contains("Dear Sir or Madam,")
        .contains("the complainant is treated as having made it to you")
        .contains("made by Mrs Siân Evans, on behalf of Mr Rhodri Evans")
        .contains("12 Station Road, Leagrave, Luton, LU4 9JT")
        .contains("sian.evans@example.com")
        .contains("A six-week wait for a home visit after discharge from hospital")
        .contains(WHY);
  }

  @Test
  void noTransferLetterBeforeTheTransferIsRecorded() {
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.TRANSFER_NOTICE,
                    acknowledged(forHerFather()),
                    LetterCircumstances.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Record the transfer to the provider");
  }

  @Test
  void theJointHandlingLetterNamesTheLeadAndTheOrganisationsAndPromisesOneResponse() {
    String letter =
        composed(
            contents.contentOf(
                ComplaintLetterContents.JOINT_HANDLING,
                handledJointly(PHARMACY),
                LetterCircumstances.none()));

    assertThat(letter)
        .contains("<strong>" + TRUST + "</strong>: An account of the home visits")
        .contains("<strong>" + PHARMACY + "</strong>: Why the dressings were not delivered")
        .contains(PHARMACY + " will lead the handling of your complaint")
        .contains("You will receive one response that covers every part of your complaint")
        .contains("without your name");
  }

  @Test
  void whenTheIcbLeadsTheLetterSaysSo() {
    String letter =
        composed(
            contents.contentOf(
                ComplaintLetterContents.JOINT_HANDLING,
                handledJointly(null),
                LetterCircumstances.none()));

    assertThat(letter).contains("We will lead the handling of your complaint");
  }

  @Test
  void theFinalResponseNamesTheOrganisationsWhoseAnswersItCoordinates() {
    Complaint complaint = handledJointly(PHARMACY);
    JointHandling handling = complaint.jointHandling().orElseThrow();
    handling.recordAnswer(1, "The referral was missed.", LocalDate.of(2026, 3, 4), HANDLER);
    handling.recordAnswer(2, "The courier failed twice.", LocalDate.of(2026, 3, 4), HANDLER);
    complaint.recordOutcome(
        List.of(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD),
        List.of(),
        london("2026-03-04T15:00"),
        HANDLER);
    complaint.respond(london("2026-03-05T09:00"), "Dr Helen Marsh");

    String letter =
        composed(
            contents.contentOf(
                ComplaintLetterContents.FINAL_RESPONSE,
                complaint,
                LetterCircumstances.none().withResponse(signedOffResponse())));

    assertThat(letter)
        .contains("A joint response")
        .contains("agreed with " + PHARMACY + ", which led the handling of your complaint")
        .contains("<li>" + TRUST + "</li>")
        .contains("<li>" + PHARMACY + "</li>");
  }

  @Test
  void aFinalResponseHandledByTheIcbAloneSaysNothingOfAJointResponse() {
    Complaint complaint = planned();
    complaint.startInvestigation();
    complaint.recordOutcome(
        List.of(IssueOutcome.UPHELD, IssueOutcome.NOT_UPHELD),
        List.of(),
        london("2026-03-04T15:00"),
        HANDLER);
    complaint.respond(london("2026-03-05T09:00"), "Dr Helen Marsh");

    assertThat(
            composed(
                contents.contentOf(
                    ComplaintLetterContents.FINAL_RESPONSE,
                    complaint,
                    LetterCircumstances.none().withResponse(signedOffResponse()))))
        .doesNotContain("A joint response");
  }
}
