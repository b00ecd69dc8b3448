package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.common.security.CaseTypeAccess;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/** A CHC case is the CHC team's: nurse assessors and the panel, nobody else. */
@ApplicationScoped
public class ChcCaseAccess implements CaseTypeAccess {

  public static final Set<String> CHC_TEAM = Set.of(Roles.CHC_ASSESSOR, Roles.CHC_PANEL);

  @Inject private ChcCases cases;

  @Override
  public String caseType() {
    return ChcCase.CASE_TYPE;
  }

  @Override
  public Set<String> rolesThatMaySee() {
    return CHC_TEAM;
  }

  @Override
  @Transactional
  public boolean exists(String caseId) {
    return cases.find(caseId).isPresent();
  }
}
