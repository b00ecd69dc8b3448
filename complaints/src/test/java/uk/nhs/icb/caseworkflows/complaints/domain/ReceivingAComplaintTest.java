package uk.nhs.icb.caseworkflows.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.HANDLER;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.REFERENCE;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJane;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.byJaneForArthur;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.london;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintFiles.receivedAt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivingAComplaintTest {

  @Test
  void aReceivedComplaintKeepsWhatTheComplainantToldUs() {
    Complaint complaint =
        receivedAt("2026-03-02T10:00", byJaneForArthur(RepresentativeStanding.LACKS_CAPACITY));

    assertThat(complaint.reference().formatted()).isEqualTo("CMP-2026-000123");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(complaint.receipt().channel()).isEqualTo(Channel.LETTER);
    assertThat(complaint.receipt().receivedBy()).isEqualTo(HANDLER);
    assertThat(complaint.complainant().name()).isEqualTo("Jane Smith");
    assertThat(complaint.complainant().addressLines()).containsExactly("1 High Street", "Anytown");
    assertThat(complaint.affectedPerson().orElseThrow().nhsNumber().formatted())
        .isEqualTo("943 476 5919");
    assertThat(complaint.representation().orElseThrow().standing())
        .isEqualTo(RepresentativeStanding.LACKS_CAPACITY);
    assertThat(complaint.subject().organisationOrService()).isEqualTo("Riverside Surgery");
    assertThat(complaint.details().desiredOutcome()).isEqualTo("An apology");
  }

  @Test
  void receiptSetsTheAcknowledgementAndSixMonthDates() {
    Complaint complaint = receivedAt("2026-03-02T10:00");

    assertThat(complaint.timetable().acknowledgementDue()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(complaint.timetable().sixMonthDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(complaint.timetable().responseDue()).isEmpty();
  }

  @Test
  void aComplaintReceivedOnChristmasEveIsDueAcknowledgementOnNewYearsEve() {
    Complaint complaint = receivedAt("2026-12-24T16:00");

    assertThat(complaint.timetable().acknowledgementDue()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void theDayOfReceiptIsTheDayInEnglandNotOnTheServersClock() {
    // 00:30 British Summer Time on 1 July is 23:30 on 30 June in UTC.
    Complaint complaint = receivedAt("2026-07-01T00:30");

    assertThat(complaint.receipt().receivedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(complaint.timetable().acknowledgementDue()).isEqualTo(LocalDate.of(2026, 7, 6));
  }

  @Test
  void aComplaintMadeWithinTwelveMonthsIsInTime() {
    Complaint complaint = receivedAt("2026-03-10T10:00", byJane(LocalDate.of(2025, 3, 10)));

    assertThat(complaint.admissibility().isReceivedInTime()).isTrue();
  }

  @Test
  void aComplaintMadeMoreThanTwelveMonthsAfterTheEventIsLate() {
    Complaint complaint = receivedAt("2026-03-11T10:00", byJane(LocalDate.of(2025, 3, 10)));

    assertThat(complaint.admissibility().isReceivedInTime()).isFalse();
  }

  @Test
  void someoneComplainingForAnotherNeedsThatPersonAndTheirStanding() {
    assertThatThrownBy(
            () ->
                new ComplaintMade(
                    ComplaintFiles.jane(),
                    null,
                    new Representation(RepresentativeStanding.CHILD, null),
                    new SubjectOfComplaint("Riverside Surgery", null),
                    ComplaintFiles.happenedOn(LocalDate.of(2026, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpokenComplaintPutRightByTheEndOfTheNextWorkingDayIsRecordedAndClosed() {
    // Received Friday 6 March 2026 by phone, resolved on Monday 9 March.
    Complaint complaint =
        Complaint.resolvedOrally(
            REFERENCE,
            byJane(LocalDate.of(2026, 3, 5)),
            Receipt.of(Channel.TELEPHONE, london("2026-03-06T15:00"), HANDLER),
            "Practice manager called back and rebooked the appointment",
            london("2026-03-09T17:00"),
            HANDLER,
            DEADLINES);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.closure().orElseThrow().reason()).isEqualTo(ClosureReason.RESOLVED_ORALLY);
    assertThat(complaint.closure().flatMap(Closure::oralResolution))
        .contains("Practice manager called back and rebooked the appointment");
    assertThat(complaint.retentionStartsOn()).contains(LocalDate.of(2026, 3, 9));
    assertThat(complaint.readyForStoryConsent()).isFalse();
  }

  @Test
  void aSpokenComplaintNotPutRightByTheNextWorkingDayMustGoThroughTheProcess() {
    assertThatThrownBy(
            () ->
                Complaint.resolvedOrally(
                    REFERENCE,
                    byJane(LocalDate.of(2026, 3, 5)),
                    Receipt.of(Channel.IN_PERSON, london("2026-03-06T15:00"), HANDLER),
                    "Apologised",
                    london("2026-03-10T09:00"),
                    HANDLER,
                    DEADLINES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessage(
            "This complaint was not resolved by the end of the next working day "
                + "(Monday 9 March 2026), so it must go through the complaints process.");
  }

  @Test
  void aWrittenComplaintCannotBeResolvedOrally() {
    assertThatThrownBy(
            () ->
                Complaint.resolvedOrally(
                    REFERENCE,
                    byJane(LocalDate.of(2026, 3, 5)),
                    Receipt.of(Channel.EMAIL, london("2026-03-06T15:00"), HANDLER),
                    "Apologised",
                    london("2026-03-06T16:00"),
                    HANDLER,
                    DEADLINES))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("Only a complaint made by telephone or in person");
  }
}
