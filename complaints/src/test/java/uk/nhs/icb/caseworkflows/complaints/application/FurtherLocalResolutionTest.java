package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.letters.AfterResponseLetters;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Point 11, further local resolution: a complainant not satisfied with the response has the
 * complaint reopened for a further response with its own date; reopening stops the retention clock
 * and tells observers (the story consent) until the complaint closes again.
 */
class FurtherLocalResolutionTest {

  private static final String UNRESOLVED =
      "Why the referral was not checked on the day it arrived.";

  private static Complaint closedAfterResponse() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    complaint.close(ClosureReason.RESPONDED, ComplaintLetterFixtures.TODAY, "system");
    return complaint;
  }

  @Test
  void reopeningAClosedComplaintStopsItsRetentionClockWritesAndOpensTheFurtherResponseStep() {
    Complaint complaint = closedAfterResponse();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);

    FurtherResponse further = fakes.furtherResolution().reopen(complaint.id(), UNRESOLVED, null);

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.REOPENED);
    assertThat(complaint.isClosed()).isFalse();
    assertThat(complaint.retentionStartsOn()).isEmpty();
    assertThat(fakes.retention).containsExactly("stopped");
    // Reopened on Thursday 5 March 2026: 25 working days on, past Good Friday and Easter Monday, is
    // Monday 13 April.
    assertThat(further.dueBy()).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(further.round()).isEqualTo(1);
    assertThat(fakes.started).hasSize(1);
    assertThat(fakes.started.get(0).processKey()).isEqualTo("complaint-further-response");
    assertThat(fakes.started.get(0).variables().get("furtherResponseDue"))
        .isEqualTo(Date.from(java.time.Instant.parse("2026-04-13T16:00:00Z")));
    assertThat(fakes.letters).containsExactly(AfterResponseLetters.REOPENED);
    assertThat(fakes.reopenings.fired())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.complaintId()).isEqualTo(complaint.id());
              assertThat(event.round()).isEqualTo(1);
            });
    assertThat(fakes.auditedActions()).contains("COMPLAINT_REOPENED");
  }

  @Test
  void furtherLocalResolutionKeepsTheDateAgreedWithTheComplainant() {
    Complaint complaint = closedAfterResponse();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);

    FurtherResponse further =
        fakes.furtherResolution().reopen(complaint.id(), UNRESOLVED, LocalDate.of(2026, 3, 20));

    assertThat(further.dueBy()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void sendingTheFurtherResponseClosesTheComplaintAgainAndRestartsItsRetentionClock() {
    Complaint complaint = closedAfterResponse();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    FurtherResolution resolution = fakes.furtherResolution();
    resolution.reopen(complaint.id(), UNRESOLVED, null);

    FurtherResponse sent =
        resolution.send(complaint.id(), "We checked the referral log again, and here is why.");

    assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint.closure().orElseThrow().reason()).isEqualTo(ClosureReason.RESPONDED);
    assertThat(sent.isOpen()).isFalse();
    assertThat(fakes.completedTasks).containsExactly("t-1");
    assertThat(fakes.letters)
        .containsExactly(AfterResponseLetters.REOPENED, AfterResponseLetters.FURTHER_RESPONSE);
    assertThat(fakes.retention).containsExactly("stopped", "started from 2026-03-05");
    assertThat(fakes.closings.fired())
        .as("the story consent may start afresh on the closed complaint")
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.complaint()).isSameAs(complaint);
              assertThat(event.round()).isEqualTo(1);
            });
  }

  @Test
  void aSecondRoundCanFollowTheFirst() {
    Complaint complaint = closedAfterResponse();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    FurtherResolution resolution = fakes.furtherResolution();
    resolution.reopen(complaint.id(), UNRESOLVED, null);
    resolution.send(complaint.id(), "Our further response.");

    FurtherResponse second = resolution.reopen(complaint.id(), "Still not answered.", null);

    assertThat(second.round()).isEqualTo(2);
  }

  @Test
  void aComplaintWithoutItsResponseCannotBeReopenedNorTwice() {
    Complaint planned = ComplaintLetterFixtures.planned();
    AfterResponseFakes fakes = new AfterResponseFakes(planned);
    assertThatThrownBy(() -> fakes.furtherResolution().reopen(planned.id(), UNRESOLVED, null))
        .isInstanceOf(ComplaintRuleException.class)
        .hasMessageContaining("has had its response");
    assertThat(fakes.started).isEmpty();
    assertThat(fakes.retention).isEmpty();

    Complaint closed = closedAfterResponse();
    AfterResponseFakes again = new AfterResponseFakes(closed);
    again.furtherResolution().reopen(closed.id(), UNRESOLVED, null);
    assertThatThrownBy(() -> again.furtherResolution().reopen(closed.id(), UNRESOLVED, null))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void theFurtherResponseCannotBeDueBeforeTheDayOfReopening() {
    Complaint complaint = closedAfterResponse();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    assertThatThrownBy(
            () ->
                fakes
                    .furtherResolution()
                    .reopen(complaint.id(), UNRESOLVED, LocalDate.of(2026, 3, 4)))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void anOverdueFurtherResponseIsMarkedForTheManagerOnce() {
    Complaint complaint = closedAfterResponse();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    FurtherResolution resolution = fakes.furtherResolution();
    FurtherResponse further = resolution.reopen(complaint.id(), UNRESOLVED, null);

    resolution.overdue(complaint.id());

    assertThat(further.isOverdue()).isTrue();
    assertThat(fakes.auditedActions()).contains("FURTHER_RESPONSE_OVERDUE");
  }
}
