package uk.nhs.icb.caseworkflows.bpmn.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseAssignment;

/**
 * Reads one case whole, as its page and its REST view need it, within the caller's transaction: the
 * case (404, or 410 once destroyed), what every case keeps beside it as one audited read ({@link
 * CaseReading}), and who works it now.
 */
@ApplicationScoped
public class CaseFileReading {

  /**
   * One case as read.
   *
   * @param caseworker who works it now; empty while it waits for the team to claim it
   */
  public record WholeCase<C>(C file, CaseRecords records, Optional<String> caseworker) {}

  private final CaseReading reading;
  private final CaseAssignments assignments;

  @Inject
  public CaseFileReading(CaseReading reading, CaseAssignments assignments) {
    this.reading = reading;
    this.assignments = assignments;
  }

  protected CaseFileReading() {
    this(null, null);
  }

  /**
   * Reads case {@code id} of the type {@code cases} acts on; the read is audited as {@code action}
   * on {@code what}, e.g. "COMPLAINT_READ", "the complaint file".
   */
  public <C> WholeCase<C> read(CaseActions<C, ?> cases, String id, String action, String what) {
    C file = cases.file(id);
    String caseType = cases.files().caseType();
    return new WholeCase<>(
        file,
        reading.read(caseType, id, action, what),
        assignments
            .find(caseType, id)
            .filter(CaseAssignment::isAssigned)
            .map(CaseAssignment::caseworker));
  }
}
