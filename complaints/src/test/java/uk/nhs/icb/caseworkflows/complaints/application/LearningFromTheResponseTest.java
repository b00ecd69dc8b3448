package uk.nhs.icb.caseworkflows.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.complaints.domain.ClosureReason;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintRuleException;
import uk.nhs.icb.caseworkflows.complaints.domain.LearningAction;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseAction;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;

/**
 * Point 13, learning: each action the response promises becomes a task for its owner with
 * reminders, followed to completion; the complaint closes with actions still open, and they stay on
 * its file for the manager.
 */
class LearningFromTheResponseTest {

  private static final List<ResponseAction> PROMISED =
      List.of(
          new ResponseAction(
              "Check referrals on the day they arrive",
              "Head of Referrals",
              LocalDate.of(2026, 4, 30)),
          new ResponseAction(
              "Share the learning at the team meeting", "Team Leader", LocalDate.of(2026, 3, 31)));

  @Test
  void eachPromisedActionGetsItsOwnFollowUpProcessWithItsDueDateAndReminders() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);

    List<LearningAction> opened =
        fakes.learningActions().open(complaint, LearningAction.Source.RESPONSE, PROMISED);

    assertThat(opened)
        .extracting(LearningAction::owner)
        .containsExactly("Head of Referrals", "Team Leader");
    assertThat(fakes.started).hasSize(2);
    assertThat(fakes.started.get(0).processKey()).isEqualTo("complaint-action");
    assertThat(fakes.started.get(0).variables())
        .containsEntry("actionId", opened.get(0).id())
        .containsEntry("actionReminders", "R8/2026-04-30T16:00:00Z/P7D");
    assertThat(fakes.auditedActions()).containsExactly("ACTION_OPENED", "ACTION_OPENED");
  }

  @Test
  void theComplaintClosesWithActionsStillOpenAndEachIsFollowedToCompletion() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    LearningActions learning = fakes.learningActions();
    List<LearningAction> opened =
        learning.open(complaint, LearningAction.Source.RESPONSE, PROMISED);
    complaint.close(ClosureReason.RESPONDED, ComplaintLetterFixtures.TODAY, "system");

    learning.complete(complaint.id(), opened.get(1).id(), "Shared at the meeting on 12 March.");

    assertThat(complaint.isClosed()).isTrue();
    assertThat(fakes.records.actionsOf(complaint.id()))
        .extracting(LearningAction::isDone)
        .containsExactly(false, true);
    // Only the second action's task ended: the first stays open for its owner.
    assertThat(fakes.completedTasks).containsExactly("t-2");
    assertThat(opened.get(1).completedBy()).contains(AfterResponseFakes.HANDLER);
    assertThatThrownBy(() -> learning.complete(complaint.id(), opened.get(1).id(), "Again"))
        .isInstanceOf(ComplaintRuleException.class);
  }

  @Test
  void aReminderIsKeptOnAnOpenActionAndNotOnADoneOne() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    LearningActions learning = fakes.learningActions();
    List<LearningAction> opened =
        learning.open(complaint, LearningAction.Source.RESPONSE, PROMISED);
    learning.complete(complaint.id(), opened.get(0).id(), "Done.");

    learning.remind(complaint.id(), opened.get(0).id());
    learning.remind(complaint.id(), opened.get(1).id());

    assertThat(opened.get(0).remindedAt()).isEmpty();
    assertThat(opened.get(1).remindedAt()).contains(ComplaintLetterFixtures.TODAY);
    assertThat(opened.get(1).isOverdueOn(LocalDate.of(2026, 4, 1))).isTrue();
  }

  @Test
  void anActionOfAnotherComplaintIsNotFound() {
    Complaint complaint = ComplaintLetterFixtures.responded();
    AfterResponseFakes fakes = new AfterResponseFakes(complaint);
    assertThatThrownBy(() -> fakes.learningActions().complete(complaint.id(), "nope", "Done"))
        .isInstanceOf(NotFoundProblem.class);
  }
}
