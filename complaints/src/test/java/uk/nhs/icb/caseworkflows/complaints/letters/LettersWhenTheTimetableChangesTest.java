package uk.nhs.icb.caseworkflows.complaints.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.LETTERHEAD;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.acknowledged;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consent;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.consents;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.forHerFather;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.london;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.planned;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;

/**
 * Issue 14 point 2: a letter whenever the clock stops or restarts or the response date changes, and
 * a confirmation when a withdrawal is received; each from a real file and its real template.
 */
class LettersWhenTheTimetableChangesTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();
  private static final String HANDLER = "sam.handler";

  private final ComplaintLetterContents contents = ComplaintLetterFixtures.contents();

  private String letter(String kind, Complaint complaint) {
    LetterContent content = contents.contentOf(kind, complaint, LetterCircumstances.none());
    assertThat(content.recipient().name()).isEqualTo("Mrs Siân Evans");
    return new LetterComposer()
        .compose(CATALOGUE.current(kind), content, LETTERHEAD, LocalDate.of(2026, 3, 20));
  }

  @Test
  void aLetterWhenTheClockStopsSaysWhyFromWhenAndThatTheDateWillMove() {
    Complaint complaint = planned();
    complaint
        .timetable()
        .stopClock(
            "We are waiting for your father's records from the hospital.",
            london("2026-03-10T10:00"),
            HANDLER);

    assertThat(letter(ComplaintLetterContents.CLOCK_STOPPED, complaint))
        .contains("from 10 March 2026, we have paused the timescale")
        .contains("waiting for your father&#39;s records from the hospital")
        .contains("Our response was due by")
        .contains("we will move that date on by the working days it was paused");
  }

  @Test
  void aLetterWhenTheClockRestartsGivesTheNewDateAndTheDaysLost() {
    Complaint complaint = planned();
    LocalDate before = complaint.timetable().responseDue().orElseThrow();
    complaint.timetable().stopClock("Records", london("2026-03-10T10:00"), HANDLER);
    complaint.timetable().restartClock(london("2026-03-13T10:00"), HANDLER, DEADLINES);
    LocalDate after = complaint.timetable().responseDue().orElseThrow();
    assertThat(after).isEqualTo(DEADLINES.moveOn(before, 3));

    assertThat(letter(ComplaintLetterContents.CLOCK_RESTARTED, complaint))
        .contains("The timescale was paused for 3 working day(s)")
        .contains(after.getDayOfMonth() + " April 2026");
  }

  @Test
  void aLetterWhenTheResponseDateChangesSaysFromWhatToWhatAndWhy() {
    Complaint complaint = planned();
    LocalDate before = complaint.timetable().responseDue().orElseThrow();
    complaint
        .timetable()
        .changeResponseDate(
            LocalDate.of(2026, 5, 29),
            "As agreed with you on the telephone, we will first meet the ward manager.",
            london("2026-03-12T10:00"),
            HANDLER);

    assertThat(letter(ComplaintLetterContents.RESPONSE_DATE_CHANGED, complaint))
        .contains("by " + before.getDayOfMonth() + " April 2026")
        .contains("29 May 2026")
        .contains("we will first meet the ward manager");
  }

  /** Issue 14 point 1: the plan and its response date in writing (regulation 13). */
  @Test
  void thePlanIsConfirmedWithItsResponseDateAndTheAcknowledgedDateItReplaced() {
    Complaint complaint = acknowledged(forHerFather());
    complaint.timetable().promiseResponseBy(LocalDate.of(2026, 4, 8));
    complaint.decideStanding(true, null, null, null, null, london("2026-03-03T10:00"), HANDLER);
    complaint.plan(
        new ComplaintPlan(
            List.of("The six-week wait for a first home visit"),
            Investigator.PROVIDER,
            LocalDate.of(2026, 5, 29)),
        consents(
            consent(complaint, ConsentPurpose.PROCESS_CASE, "Mrs Siân Evans", "complainant"),
            consent(complaint, ConsentPurpose.REPRESENTATIVE_TO_ACT, "Mr Rhodri Evans", "patient"),
            consent(complaint, ConsentPurpose.SHARE_WITH_PROVIDER, "Mr Rhodri Evans", "patient")),
        DEADLINES,
        london("2026-03-04T10:00"),
        HANDLER);

    assertThat(letter(ComplaintLetterContents.PLAN_CONFIRMED, complaint))
        .contains("The six-week wait for a first home visit")
        .contains("to look into your complaint and give us their account")
        .contains("We will send you our full response by <strong>29 May 2026</strong>")
        .contains("Our acknowledgement said we aimed to respond by 8 April 2026");
    assertThat(letter(ComplaintLetterContents.PLAN_CONFIRMED, planned()))
        .contains("We will look into your complaint ourselves")
        .doesNotContain("Our acknowledgement said");
  }

  @Test
  void aWithdrawalReceivedIsConfirmed() {
    assertThat(letter(ComplaintLetterContents.WITHDRAWAL_RECEIVED, planned()))
        .contains("you wish to withdraw your complaint")
        .contains("If you change your mind");
  }

  @Test
  void noLetterSaysTheClockStoppedOrRestartedBeforeItDid() {
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.CLOCK_RESTARTED, planned(), LetterCircumstances.none()))
        .isInstanceOf(LetterNotReady.class);
    assertThatThrownBy(
            () ->
                contents.contentOf(
                    ComplaintLetterContents.CLOCK_STOPPED, planned(), LetterCircumstances.none()))
        .isInstanceOf(LetterNotReady.class);
  }
}
