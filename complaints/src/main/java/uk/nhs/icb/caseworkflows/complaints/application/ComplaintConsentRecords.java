package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.consent.application.CaseConsents;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;

/** The consents recorded for complaint files, and whether a file has all it needs. */
@ApplicationScoped
public class ComplaintConsentRecords {

  @Inject private CaseConsents consents;

  public List<ConsentRecord> of(String complaintId) {
    return consents.of(Complaint.CASE_TYPE, complaintId);
  }

  /** What the file's consents, and any approved bases for sharing without consent, allow. */
  public ConsentCheck check(String complaintId) {
    return consents.check(Complaint.CASE_TYPE, complaintId);
  }

  /** Whether every consent needed to agree a plan is in force (or, for sharing, its basis). */
  public boolean allGiven(Complaint complaint, Instant at) {
    ConsentCheck check = check(complaint.id());
    return complaint.consentsNeededToPlan(Investigator.ICB).stream()
        .allMatch(needed -> check.isCovered(needed.purpose(), needed.whose(), at));
  }
}
