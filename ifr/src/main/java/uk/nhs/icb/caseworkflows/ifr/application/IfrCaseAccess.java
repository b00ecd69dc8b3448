package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.security.CaseTypeAccess;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequests;

/**
 * A funding request's file is the coordinators': the panel decides from the anonymised pack and
 * never reads who the patient is.
 */
@ApplicationScoped
public class IfrCaseAccess implements CaseTypeAccess {

  public static final Set<String> IFR_TEAM = Set.of(Roles.IFR_COORDINATOR);

  @Inject private FundingRequests requests;

  @Override
  public String caseType() {
    return FundingRequest.CASE_TYPE;
  }

  @Override
  public Set<String> rolesThatMaySee() {
    return IFR_TEAM;
  }

  @Override
  @Transactional
  public boolean exists(String caseId) {
    return requests.find(caseId).isPresent();
  }
}
