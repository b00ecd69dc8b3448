package uk.nhs.icb.caseworkflows.ifr.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

class PanelMeetingTest {

  private final PanelMeeting meeting =
      PanelMeeting.on(LocalDate.of(2026, 12, 3), List.of("request-a", "request-b"));

  @Test
  void aPanelWithTheChairAClinicianAndEnoughMembersIsQuorate() {
    meeting.recordAttendance(
        List.of(
            new PanelMember("Dr Ruth Ames", PanelRole.CHAIR, true),
            new PanelMember("Dr Kwame Boateng", PanelRole.CLINICAL, true),
            new PanelMember("Sam Reid", PanelRole.LAY, true)));
    assertDoesNotThrow(() -> meeting.requireQuorateFor("request-a", Quorum.defaults()));
  }

  @Test
  void withoutQuorumTheDecisionIsRefusedOnTheQuorumField() {
    meeting.recordAttendance(
        List.of(
            new PanelMember("Dr Ruth Ames", PanelRole.CHAIR, true),
            new PanelMember("Dr Kwame Boateng", PanelRole.CLINICAL, true),
            new PanelMember("Sam Reid", PanelRole.LAY, false)));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> meeting.requireQuorateFor("request-a", Quorum.defaults()));
    assertEquals("quorum", refused.errors().get(0).field());
  }

  @Test
  void aConflictedMemberDoesNotCountForThatRequestOnly() {
    meeting.recordAttendance(
        List.of(
            new PanelMember("Dr Ruth Ames", PanelRole.CHAIR, true),
            new PanelMember("Dr Kwame Boateng", PanelRole.CLINICAL, true),
            new PanelMember("Dr Lena Fisher", PanelRole.CLINICAL, true)));
    meeting.declareConflict("Dr Lena Fisher", "request-a", "Treats the patient");

    assertTrue(meeting.isConflicted("Dr Lena Fisher", "request-a"));
    assertEquals(2, meeting.countingFor("request-a").size());
    assertThrows(
        InvalidInputException.class,
        () -> meeting.requireQuorateFor("request-a", Quorum.defaults()));
    assertDoesNotThrow(() -> meeting.requireQuorateFor("request-b", Quorum.defaults()));
  }

  @Test
  void aRequestNotOnTheAgendaCannotBeDecidedThere() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> meeting.requireQuorateFor("request-z", Quorum.defaults()));
    assertEquals("meetingId", refused.errors().get(0).field());
  }
}
