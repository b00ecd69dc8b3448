package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/** The probe's team, registered as any workflow registers its own: the complaints team works it. */
@ApplicationScoped
public class ProbeCaseworkTeam {

  @Produces
  CaseworkTeam probeTeam() {
    return new CaseworkTeam(ProbeCase.TYPE, Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER);
  }
}
