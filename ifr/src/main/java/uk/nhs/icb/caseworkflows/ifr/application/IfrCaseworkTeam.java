package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * The coordinators work funding requests; IFR has no separate manager role, so the coordinators
 * also reassign among themselves. The panel's tasks stay offered to the panel.
 */
@ApplicationScoped
public class IfrCaseworkTeam {

  @Produces
  CaseworkTeam ifrTeam() {
    return new CaseworkTeam(FundingRequest.CASE_TYPE, Roles.IFR_COORDINATOR, Roles.IFR_COORDINATOR);
  }
}
