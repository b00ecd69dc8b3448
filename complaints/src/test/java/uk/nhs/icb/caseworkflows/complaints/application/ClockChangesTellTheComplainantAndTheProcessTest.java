package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.DEADLINES;
import static uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures.planned;

import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Issue 14 points 2 and 8, the use case's half: stopping, restarting the clock and changing the
 * response date each write to the complainant and tell the process's response clock, with whether
 * the clock is stopped and the response date as the model's timer needs it (its last moment).
 */
class ClockChangesTellTheComplainantAndTheProcessTest {

  private final Complaint complaint = planned();
  private final RouteFakes fakes = new RouteFakes(complaint);
  private final ComplaintTimetable timetable =
      new ComplaintTimetable(
          fakes.steps, DEADLINES, ComplaintLetterFixtures.contents(), fakes.issuing());

  @Test
  void stoppingTheClockWritesToTheComplainantAndStopsTheResponseTimer() {
    timetable.stopClock(complaint.id(), "Waiting for the hospital's records.");

    assertThat(fakes.letters)
        .extracting(LetterContent::kind)
        .containsExactly("complaint-clock-stopped");
    assertThat(fakes.messages).containsExactly("ResponseTimetableChanged " + complaint.id());
    assertThat(fakes.messageVariables.get(0)).containsEntry("clockStopped", true);
  }

  @Test
  void restartingWritesTheNewDateAndGivesItToTheProcess() {
    timetable.stopClock(complaint.id(), "Waiting for the hospital's records.");
    timetable.restartClock(complaint.id());

    assertThat(fakes.letters)
        .extracting(LetterContent::kind)
        .containsExactly("complaint-clock-stopped", "complaint-clock-restarted");
    LocalDate due = complaint.timetable().responseDue().orElseThrow();
    assertThat(fakes.messageVariables.get(1))
        .containsEntry("clockStopped", false)
        .containsEntry("responseDue", ComplaintSteps.lastMomentOf(due));
  }

  @Test
  void aChangedResponseDateIsWrittenAndTimed() {
    LocalDate later = LocalDate.of(2026, 6, 30);
    timetable.changeResponseDate(complaint.id(), later, "Agreed with Mrs Evans.");

    assertThat(fakes.letters)
        .extracting(LetterContent::kind)
        .containsExactly("complaint-response-date-changed");
    assertThat((Date) fakes.messageVariables.get(0).get("responseDue"))
        .isEqualTo(ComplaintSteps.lastMomentOf(later));
    assertThat(fakes.audited).extracting(entry -> entry.action()).contains("RESPONSE_DATE_CHANGED");
  }
}
