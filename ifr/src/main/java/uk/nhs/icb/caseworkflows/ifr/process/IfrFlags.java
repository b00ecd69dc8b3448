package uk.nhs.icb.caseworkflows.ifr.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFlagging;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * Flags a request on the audit trail when one of its timers passes (screening, chair's action, the
 * 40-working-day decision, a review, an outcome report overdue), as the system.
 */
@Named("ifrFlags")
@ApplicationScoped
public class IfrFlags extends CaseFlagging {

  @Inject
  public IfrFlags(AuditTrail auditTrail) {
    super(auditTrail, FundingRequest.CASE_TYPE);
  }

  protected IfrFlags() {
    this(null);
  }
}
