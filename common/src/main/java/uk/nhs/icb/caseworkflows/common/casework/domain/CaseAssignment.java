package uk.nhs.icb.caseworkflows.common.casework.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.FieldError;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * Who works a case: its caseworker (a member of the team that works the case type; nobody until one
 * is named at intake or takes the case by claiming a task) and the history of every change. Only a
 * manager of the team moves a case that has a caseworker, and always with a reason.
 */
@Entity
@Table(
    name = "case_assignment",
    uniqueConstraints =
        @UniqueConstraint(
            name = "case_assignment_case",
            columnNames = {"case_type", "case_id"}),
    indexes = {
      @Index(name = "case_assignment_caseworker", columnList = "caseworker"),
      @Index(name = "case_assignment_team", columnList = "team")
    })
public class CaseAssignment extends CasePart {

  public static final int MAX_USER_NAME_LENGTH = 100;
  public static final int MAX_REASON_LENGTH = 1000;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "team", nullable = false, length = 100)
  private String team;

  @Column(name = "caseworker", length = MAX_USER_NAME_LENGTH)
  private String caseworker;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @ElementCollection
  @CollectionTable(
      name = "case_assignment_change",
      joinColumns = @JoinColumn(name = "case_assignment_id"))
  @OrderColumn(name = "position")
  private List<CaseworkerChange> history = new ArrayList<>();

  protected CaseAssignment() {}

  private CaseAssignment(String caseType, String caseId) {
    super(caseType, caseId);
  }

  /** A case of the team's case type that nobody works yet. */
  public static CaseAssignment unassigned(CaseworkTeam team, String caseId) {
    CaseAssignment assignment = new CaseAssignment(team.caseType(), caseId);
    assignment.team = team.teamRole();
    return assignment;
  }

  /** Names the caseworker when the case is received; refused once somebody has the case. */
  public CaseworkerChange assignAtIntake(String to, String by, Instant at) {
    requireUserName(to);
    if (caseworker != null) {
      throw new ConflictProblem("This case already has a caseworker, " + caseworker + ".");
    }
    return change(ChangeKind.ASSIGNED_AT_INTAKE, to, by, at, null);
  }

  /**
   * The claimer of one of the case's tasks takes the case if nobody has it yet; the change if they
   * did. A later claim (a colleague helping with one task) leaves the caseworker as it is.
   */
  public Optional<CaseworkerChange> takeByClaim(String claimer, Instant at) {
    if (caseworker != null) {
      return Optional.empty();
    }
    requireUserName(claimer);
    return Optional.of(change(ChangeKind.TAKEN_BY_CLAIM, claimer, claimer, at, null));
  }

  /**
   * A manager of the team moves the case to another caseworker, for a reason. The new caseworker's
   * membership of the team is checked where staff accounts are known.
   */
  public CaseworkerChange reassign(
      CaseworkTeam managedBy, Caller manager, String to, String reason, Instant at) {
    if (!managedBy.isManagedBy(manager)) {
      throw new ForbiddenProblem(
          "Only a " + managedBy.managerRole() + " may reassign " + caseType() + " cases.");
    }
    List<FieldError> errors = new ArrayList<>();
    if (isBlank(to)) {
      errors.add(new FieldError("caseworker", "Enter the user name of the new caseworker"));
    } else if (to.strip().length() > MAX_USER_NAME_LENGTH) {
      errors.add(
          new FieldError("caseworker", "must be at most " + MAX_USER_NAME_LENGTH + " characters"));
    } else if (to.strip().equals(caseworker)) {
      errors.add(new FieldError("caseworker", "is already this case's caseworker"));
    }
    if (isBlank(reason)) {
      errors.add(new FieldError("reason", "Enter why the case is being reassigned"));
    } else if (reason.strip().length() > MAX_REASON_LENGTH) {
      errors.add(new FieldError("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return change(ChangeKind.REASSIGNED, to.strip(), manager.name(), at, reason.strip());
  }

  private CaseworkerChange change(
      ChangeKind kind, String to, String by, Instant at, String reason) {
    CaseworkerChange change = new CaseworkerChange(kind, caseworker, to, at, by, reason);
    history.add(change);
    caseworker = to;
    assignedAt = at;
    return change;
  }

  private static void requireUserName(String name) {
    if (isBlank(name) || name.length() > MAX_USER_NAME_LENGTH) {
      throw new InvalidInputException("caseworker", "is not a staff user name");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Zero until first stored; a change sent with an older version is stale. */
  public long version() {
    return version;
  }

  /** The role whose members work the case. */
  public String team() {
    return team;
  }

  /** The caseworker's user name, or null while nobody works the case. */
  public String caseworker() {
    return caseworker;
  }

  public boolean isAssigned() {
    return caseworker != null;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  /** Every change, oldest first. */
  public List<CaseworkerChange> history() {
    return List.copyOf(history);
  }
}
