package uk.nhs.icb.caseworkflows.common.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.security.Caller;

class CaseAssignmentTest {

  private static final CaseworkTeam COMPLAINTS =
      new CaseworkTeam("complaint", "complaints-handler", "complaints-manager");
  private static final Caller MANAGER = new Caller("mo", Set.of("complaints-manager"));
  private static final Caller HANDLER = new Caller("alice", Set.of("complaints-handler"));
  private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aNewCaseHasNobody() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");

    assertThat(assignment.isAssigned()).isFalse();
    assertThat(assignment.caseworker()).isNull();
    assertThat(assignment.team()).isEqualTo("complaints-handler");
    assertThat(assignment.history()).isEmpty();
  }

  @Test
  void theFirstClaimTakesTheCaseAndALaterClaimLeavesItWithThem() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");

    assertThat(assignment.takeByClaim("alice", MONDAY)).isPresent();
    assertThat(assignment.takeByClaim("bob", TUESDAY)).isEmpty();

    assertThat(assignment.caseworker()).isEqualTo("alice");
    assertThat(assignment.assignedAt()).isEqualTo(MONDAY);
    assertThat(assignment.history())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(ChangeKind.TAKEN_BY_CLAIM);
              assertThat(change.fromCaseworker()).isNull();
              assertThat(change.toCaseworker()).isEqualTo("alice");
              assertThat(change.changedBy()).isEqualTo("alice");
            });
  }

  @Test
  void intakeNamesTheCaseworkerOnlyWhileNobodyHasTheCase() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    assignment.assignAtIntake("alice", "rita", MONDAY);

    assertThat(assignment.caseworker()).isEqualTo("alice");
    assertThat(assignment.history().get(0).kind()).isEqualTo(ChangeKind.ASSIGNED_AT_INTAKE);
    assertThat(assignment.history().get(0).changedBy()).isEqualTo("rita");
    assertThatThrownBy(() -> assignment.assignAtIntake("bob", "rita", TUESDAY))
        .isInstanceOf(ConflictProblem.class);
    assertThat(assignment.caseworker()).isEqualTo("alice");
  }

  @Test
  void aManagerReassignsWithAReasonAndTheHistoryKeepsEveryChange() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    assignment.takeByClaim("alice", MONDAY);

    assignment.reassign(COMPLAINTS, MANAGER, " bob ", " Alice is on leave. ", TUESDAY);

    assertThat(assignment.caseworker()).isEqualTo("bob");
    assertThat(assignment.assignedAt()).isEqualTo(TUESDAY);
    assertThat(assignment.history()).hasSize(2);
    CaseworkerChange last = assignment.history().get(1);
    assertThat(last.kind()).isEqualTo(ChangeKind.REASSIGNED);
    assertThat(last.fromCaseworker()).isEqualTo("alice");
    assertThat(last.toCaseworker()).isEqualTo("bob");
    assertThat(last.changedBy()).isEqualTo("mo");
    assertThat(last.changedAt()).isEqualTo(TUESDAY);
    assertThat(last.reason()).isEqualTo("Alice is on leave.");
  }

  @Test
  void aReassignmentWithoutAReasonIsRefusedNamingTheField() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    assignment.takeByClaim("alice", MONDAY);

    assertThatThrownBy(() -> assignment.reassign(COMPLAINTS, MANAGER, "bob", "  ", TUESDAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("reason"));
    assertThat(assignment.caseworker()).isEqualTo("alice");
    assertThat(assignment.history()).hasSize(1);
  }

  @Test
  void aReassignmentNamesEveryMissingFieldAndRefusesTheSameCaseworker() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    assignment.takeByClaim("alice", MONDAY);

    assertThatThrownBy(() -> assignment.reassign(COMPLAINTS, MANAGER, null, null, TUESDAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("caseworker", "reason"));
    assertThatThrownBy(() -> assignment.reassign(COMPLAINTS, MANAGER, "alice", "Why", TUESDAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("caseworker");
  }

  @Test
  void onlyTheTeamsManagerReassigns() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");
    assignment.takeByClaim("alice", MONDAY);
    Caller otherManager = new Caller("pat", Set.of("chc-panel"));

    assertThatThrownBy(() -> assignment.reassign(COMPLAINTS, HANDLER, "bob", "Busy", TUESDAY))
        .isInstanceOf(ForbiddenProblem.class)
        .hasMessageContaining("complaints-manager");
    assertThatThrownBy(() -> assignment.reassign(COMPLAINTS, otherManager, "bob", "Busy", TUESDAY))
        .isInstanceOf(ForbiddenProblem.class);
    assertThat(assignment.caseworker()).isEqualTo("alice");
  }

  @Test
  void aManagerMayNameTheFirstCaseworkerOfACaseNobodyHas() {
    CaseAssignment assignment = CaseAssignment.unassigned(COMPLAINTS, "c-1");

    assignment.reassign(COMPLAINTS, MANAGER, "bob", "Bob knows this provider.", TUESDAY);

    assertThat(assignment.caseworker()).isEqualTo("bob");
    assertThat(assignment.history().get(0).fromCaseworker()).isNull();
    assertThat(assignment.takeByClaim("alice", TUESDAY)).isEmpty();
  }
}
