package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * Closes a request at the end of its process (screened out, or decided and done with) and starts
 * its retention clock from that day. The process does it, so outside a request it is audited as the
 * system.
 */
@ApplicationScoped
public class IfrClosing {

  private final IfrSteps steps;
  private final IfrRetentionStart retention;

  @Inject
  public IfrClosing(IfrSteps steps, IfrRetentionStart retention) {
    this.steps = steps;
    this.retention = retention;
  }

  protected IfrClosing() {
    this(null, null);
  }

  @Transactional
  public void close(String id) {
    FundingRequest request = steps.file(id);
    request.close(steps.today());
    steps.audit("IFR_CLOSED", id, request.status().name());
    retention.closed(request);
  }
}
