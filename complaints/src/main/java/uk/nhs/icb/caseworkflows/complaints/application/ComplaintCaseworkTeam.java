package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;

/** Complaints are worked by the complaints handlers and reassigned by the complaints manager. */
@ApplicationScoped
public class ComplaintCaseworkTeam {

  @Produces
  CaseworkTeam team() {
    return new CaseworkTeam(
        Complaint.CASE_TYPE, Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER);
  }
}
