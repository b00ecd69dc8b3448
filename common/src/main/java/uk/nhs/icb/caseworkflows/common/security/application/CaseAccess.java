package uk.nhs.icb.caseworkflows.common.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionRegister;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.CaseTypeAccess;

/**
 * Decides whether a caller may see a case: the case type must exist, the caller must hold one of
 * its roles (403 otherwise, whatever the id), and then the case must exist (404), or have been
 * destroyed at the end of its retention (410).
 */
@ApplicationScoped
public class CaseAccess {

  private final Instance<CaseTypeAccess> caseTypes;
  private final RetentionRegister retention;

  @Inject
  public CaseAccess(@Any Instance<CaseTypeAccess> caseTypes, RetentionRegister retention) {
    this.caseTypes = caseTypes;
    this.retention = retention;
  }

  protected CaseAccess() {
    this(null, null);
  }

  public void requireMaySee(Caller caller, String caseType, String caseId) {
    CaseTypeAccess access =
        caseTypes.stream()
            .filter(type -> type.caseType().equals(caseType))
            .findFirst()
            .orElseThrow(() -> new NotFoundProblem("There is no case type '" + caseType + "'."));
    if (!caller.hasAnyRole(access.rolesThatMaySee())) {
      throw new ForbiddenProblem("Your role does not allow you to see " + caseType + " cases.");
    }
    if (!access.exists(caseId)) {
      retention.requireNotDestroyed(caseType, caseId);
      throw new NotFoundProblem("There is no " + caseType + " case " + caseId + ".");
    }
  }
}
