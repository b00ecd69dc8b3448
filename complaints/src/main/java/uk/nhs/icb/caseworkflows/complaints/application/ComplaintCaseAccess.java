package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.CaseTypeAccess;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/** A complaint file is the complaints team's: handlers and managers, nobody else. */
@ApplicationScoped
public class ComplaintCaseAccess implements CaseTypeAccess {

  public static final Set<String> COMPLAINTS_TEAM =
      Set.of(Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER);

  @Inject private Complaints complaints;

  @Override
  public String caseType() {
    return Complaint.CASE_TYPE;
  }

  @Override
  public Set<String> rolesThatMaySee() {
    return COMPLAINTS_TEAM;
  }

  @Override
  @Transactional
  public boolean exists(String caseId) {
    return complaints.find(caseId).isPresent();
  }
}
