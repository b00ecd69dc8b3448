package uk.nhs.icb.caseworkflows.common.casework.domain;

import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.security.Caller;

/**
 * Who works a case type and who manages them: the team role whose members are its caseworkers (and
 * whose tasks follow the caseworker) and the role that may reassign its cases and see the team's
 * caseloads. Each case module registers one for its case type, as data.
 */
public record CaseworkTeam(String caseType, String teamRole, String managerRole) {

  public CaseworkTeam {
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(teamRole, "teamRole");
    Objects.requireNonNull(managerRole, "managerRole");
  }

  public boolean isManagedBy(Caller caller) {
    return caller.roles().contains(managerRole);
  }
}
