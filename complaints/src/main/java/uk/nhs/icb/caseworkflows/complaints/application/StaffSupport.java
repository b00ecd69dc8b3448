package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.StaffInformed;

/**
 * Staff named in a complaint are told of it and offered support (PHSO NHS Complaint Standards), and
 * the file records it: at any time while the complaint is open, or after, as the file is kept. The
 * audit entry keeps that it happened, never the staff member's name.
 */
@ApplicationScoped
public class StaffSupport {

  private final ComplaintSteps steps;
  private final AfterResponseRecords records;

  @Inject
  public StaffSupport(ComplaintSteps steps, AfterResponseRecords records) {
    this.steps = steps;
    this.records = records;
  }

  protected StaffSupport() {
    this(null, null);
  }

  @Transactional
  public StaffInformed record(
      String id,
      String staffName,
      String role,
      LocalDate toldOn,
      String supportOffered,
      boolean supportAccepted) {
    Complaint complaint = steps.file(id);
    StaffInformed informed =
        new StaffInformed(
            complaint,
            staffName,
            role,
            toldOn,
            supportOffered,
            supportAccepted,
            steps.now(),
            steps.callerName());
    records.add(informed);
    steps.audit(
        "STAFF_TOLD_OF_COMPLAINT",
        id,
        "told on " + toldOn + (supportAccepted ? ", support accepted" : ", support offered"));
    return informed;
  }
}
