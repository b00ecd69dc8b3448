package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.common.casework.domain.CaseworkTeam;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * CHC cases are worked by the nurse assessors; the panel, which ratifies decisions and oversees the
 * 28 days, reassigns them (there is no separate CHC manager role).
 */
@ApplicationScoped
public class ChcCaseworkTeam {

  @Produces
  CaseworkTeam team() {
    return new CaseworkTeam(ChcCase.CASE_TYPE, Roles.CHC_ASSESSOR, Roles.CHC_PANEL);
  }
}
