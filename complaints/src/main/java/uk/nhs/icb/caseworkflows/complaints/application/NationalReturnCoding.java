package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.CodingChoice;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.NationalReturnCodes;

/**
 * Codes a complaint as the national written-complaints return (KO41a) counts it, at any step while
 * it is open; a complaints manager may correct the coding of a closed complaint. The audit entry
 * holds the codes only.
 */
@ApplicationScoped
public class NationalReturnCoding {

  private static final Set<String> MAY_CORRECT_CLOSED = Set.of(Roles.COMPLAINTS_MANAGER);

  private final ComplaintSteps steps;
  private final NationalReturnCodes codes;
  private final CurrentCaller caller;

  @Inject
  public NationalReturnCoding(
      ComplaintSteps steps, NationalReturnCodes codes, CurrentCaller caller) {
    this.steps = steps;
    this.codes = codes;
    this.caller = caller;
  }

  protected NationalReturnCoding() {
    this(null, null, null);
  }

  @Transactional
  public Complaint code(String id, CodingChoice chosen) {
    Complaint complaint = steps.file(id);
    complaint.code(
        chosen,
        codes,
        steps.now(),
        steps.callerName(),
        caller.get().hasAnyRole(MAY_CORRECT_CLOSED));
    steps.audit("COMPLAINT_CODED", id, complaint.coding().summary());
    return complaint;
  }

  /** The lists, for forms and integrators. */
  public NationalReturnCodes codes() {
    return codes;
  }
}
