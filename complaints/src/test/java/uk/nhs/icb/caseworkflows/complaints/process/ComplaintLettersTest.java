package uk.nhs.icb.caseworkflows.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.letters.application.PrintSize;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;
import uk.nhs.icb.caseworkflows.complaints.letters.ResponseWordings;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.ComposingLetterIssuing;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.GivenConsents;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintFakes.InMemoryComplaints;

class ComplaintLettersTest {

  private final ComposingLetterIssuing issuing = new ComposingLetterIssuing();

  private ComplaintLetters delegate(
      Complaint complaint, GivenConsents consents, Instance<ResponseWordings> responses) {
    return new ComplaintLetters(
        new InMemoryComplaints(complaint),
        ComplaintLetterFixtures.contents(),
        issuing,
        consents,
        responses);
  }

  private ComplaintLetters delegate(Complaint complaint) {
    return delegate(complaint, new GivenConsents(), noResponses());
  }

  @Test
  void theModelsLetterIsIssuedToTheComplaintOfTheBusinessKey() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerFather());
    sendTheAcknowledgement(complaint);

    assertThat(issuing.caseIds).containsExactly("complaint/" + complaint.id());
    assertThat(issuing.contents.get(0).kind()).isEqualTo("complaint-acknowledgement");
    assertThat(issuing.composed.get(0))
        .contains("Making a complaint for someone else")
        .contains("Mrs Siân Evans");
  }

  @Test
  void aComplainantWhoNeedsLargePrintGetsTheirAcknowledgementInLargePrintToo() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerFather());
    complaint
        .complainant()
        .recordCommunicationNeeds(
            CommunicationNeeds.of(
                CommunicationNeed.LARGE_PRINT, CommunicationNeed.BRAILLE_READY_TEXT));

    sendTheAcknowledgement(complaint);

    assertThat(issuing.needs.get(0).wantsLargePrintLetters()).isTrue();
    assertThat(issuing.needs.get(0).wantsPlainTextLetters()).isTrue();
    assertThat(issuing.largePrint).hasSize(1);
    assertThat(PrintSize.smallestPoints(issuing.largePrint.get(0)))
        .isGreaterThanOrEqualTo(PrintSize.LARGE_PRINT_POINTS);
  }

  @Test
  void whoMayComplainTheStandingRefusedLetterGoesToTheRepresentativeInTheFormsTheyNeed() {
    Complaint complaint = ComplaintLetterFixtures.standingRefused();
    complaint
        .complainant()
        .recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));

    delegate(complaint)
        .execute(
            ServiceTaskExecution.of(
                complaint.id(), Map.of("letterKind", "complaint-standing-refused")));

    assertThat(issuing.contents.get(0).kind()).isEqualTo("complaint-standing-refused");
    assertThat(issuing.contents.get(0).recipient().name()).isEqualTo("Mrs Siân Evans");
    assertThat(issuing.composed.get(0)).contains("we cannot accept you as their representative");
    assertThat(issuing.largePrint).hasSize(1);
    assertThat(PrintSize.smallestPoints(issuing.largePrint.get(0)))
        .isGreaterThanOrEqualTo(PrintSize.LARGE_PRINT_POINTS);
  }

  @Test
  void aComplainantWithoutNeedsGetsTheStandardLetterOnly() {
    Complaint complaint =
        ComplaintLetterFixtures.acknowledged(ComplaintLetterFixtures.forHerFather());
    sendTheAcknowledgement(complaint);

    assertThat(issuing.needs.get(0).isNone()).isTrue();
    assertThat(issuing.largePrint).isEmpty();
  }

  @Test
  void theDisclosureNoticeToTheOrganisationIgnoresTheComplainantsNeeds() {
    Complaint complaint = ComplaintLetterFixtures.planned();
    complaint
        .complainant()
        .recordCommunicationNeeds(CommunicationNeeds.of(CommunicationNeed.LARGE_PRINT));
    sendTheNamedDisclosureNotice(complaint);

    assertThat(issuing.contents.get(0).recipient().name()).isEqualTo(ComplaintLetterFixtures.TRUST);
    assertThat(issuing.needs.get(0).isNone()).isTrue();
    assertThat(issuing.largePrint).isEmpty();
  }

  @Test
  void theOutOfTimeLetterFollowsTheModelsLateInstruction() {
    Complaint complaint = ComplaintLetterFixtures.notAcceptedLate();

    delegate(complaint)
        .execute(
            ServiceTaskExecution.of(
                complaint.id(), Map.of("letterKind", "complaint-outside-remit", "late", true)));

    assertThat(issuing.composed.get(0)).contains("within 12 months");
  }

  @Test
  void theNamedDisclosureNoticeCitesTheRecordedConsentAndTheProcesssReplyDate() {
    Complaint complaint = ComplaintLetterFixtures.planned();
    sendTheNamedDisclosureNotice(complaint);

    assertThat(issuing.contents.get(0).recipient().name()).isEqualTo(ComplaintLetterFixtures.TRUST);
    assertThat(issuing.composed.get(0))
        .contains("consent for us to do so on 3 March 2026")
        .contains("by 20 March 2026");
  }

  @Test
  void theFinalResponseUsesTheSignedOffWording() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    ResponseWordings signedOff =
        id ->
            id.equals(complaint.id())
                ? Optional.of(ComplaintLetterFixtures.signedOffResponse())
                : Optional.empty();

    delegate(complaint, new GivenConsents(), responses(signedOff))
        .execute(
            ServiceTaskExecution.of(
                complaint.id(), Map.of("letterKind", "complaint-final-response")));

    assertThat(issuing.contents.get(0).signatory().name()).isEqualTo("Dr Helen Marsh");
    assertThat(issuing.composed.get(0)).contains("The referral was added to the wrong team");
  }

  @Test
  void withoutSignedOffWordingNoFinalResponseIsSent() {
    Complaint complaint = ComplaintLetterFixtures.responded();

    assertThatThrownBy(
            () ->
                delegate(complaint)
                    .execute(
                        ServiceTaskExecution.of(
                            complaint.id(), Map.of("letterKind", "complaint-final-response"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no signed-off wording");
    assertThat(issuing.contents).isEmpty();
  }

  @Test
  void aProcessWithoutItsComplaintStops() {
    Complaint complaint = ComplaintLetterFixtures.planned();

    assertThatThrownBy(
            () ->
                delegate(complaint)
                    .execute(
                        ServiceTaskExecution.of(
                            "no-such-case", Map.of("letterKind", "complaint-holding-letter"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no complaint no-such-case");
  }

  private static Instance<ResponseWordings> noResponses() {
    return responses(null);
  }

  /** The few methods of a CDI Instance the delegate asks. */
  @SuppressWarnings("unchecked")
  private static Instance<ResponseWordings> responses(ResponseWordings wordings) {
    return (Instance<ResponseWordings>)
        Proxy.newProxyInstance(
            Instance.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isResolvable" -> wordings != null;
                  case "isUnsatisfied" -> wordings == null;
                  case "get" -> wordings;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** The notice naming the complainant, on their consent to be named, reply by 20 March 2026. */
  private void sendTheNamedDisclosureNotice(Complaint complaint) {
    GivenConsents consents =
        new GivenConsents(
            ComplaintLetterFixtures.consent(
                complaint,
                ConsentPurpose.SHARE_IDENTITY_WITH_SUBJECT,
                "Mrs Siân Evans",
                "complainant"));

    delegate(complaint, consents, noResponses())
        .execute(
            ServiceTaskExecution.of(
                complaint.id(),
                Map.of(
                    "letterKind",
                    "complaint-disclosure-notice",
                    "anonymous",
                    false,
                    "providerResponseDue",
                    Date.from(Instant.parse("2026-03-20T17:00:00Z")))));
  }

  /** The acknowledgement of a complaint made for her father, before his consent is in. */
  private void sendTheAcknowledgement(Complaint complaint) {
    delegate(complaint)
        .execute(
            ServiceTaskExecution.of(
                complaint.id(),
                Map.of("letterKind", "complaint-acknowledgement", "consentComplete", false)));
  }
}
