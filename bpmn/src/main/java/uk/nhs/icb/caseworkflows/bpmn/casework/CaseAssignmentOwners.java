package uk.nhs.icb.caseworkflows.bpmn.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;

/** The {@link CaseOwners} port over the case assignments of {@code common.casework}. */
@ApplicationScoped
public class CaseAssignmentOwners implements CaseOwners {

  private static final Logger LOG = Logger.getLogger(CaseAssignmentOwners.class.getName());

  private final CaseAssignments assignments;

  @Inject
  public CaseAssignmentOwners(CaseAssignments assignments) {
    this.assignments = assignments;
  }

  protected CaseAssignmentOwners() {
    this(null);
  }

  @Override
  public Optional<Owner> ownerOf(String caseType, String caseId) {
    return assignments
        .find(caseType, caseId)
        .filter(CaseAssignment::isAssigned)
        .map(assignment -> new Owner(assignment.team(), assignment.caseworker()));
  }

  @Override
  public void taskClaimed(String caseType, String caseId, String claimer) {
    assignments.takeByClaim(caseType, caseId, claimer);
  }

  /**
   * The bean, for the engine's listener (which the engine, not CDI, creates). An engine built
   * outside a container (a tool, a test of the configuration) has no CDI, and no case owners.
   */
  public static CaseOwners current() {
    try {
      return CDI.current().select(CaseOwners.class).get();
    } catch (IllegalStateException noContainer) {
      LOG.fine("no CDI container: tasks are not assigned to caseworkers");
      return CaseOwners.NONE;
    }
  }
}
