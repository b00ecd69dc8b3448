package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionStart;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * Tells retention that a funding request has closed (returned, screened out, or decided and done
 * with), in the closing transaction (the kit's {@link RetentionStart}): it is then kept for IFR's
 * period ({@code app.retention.ifr}) from that day and reviewed at the end.
 */
@ApplicationScoped
public class IfrRetentionStart {

  private final RetentionStart retention;

  @Inject
  public IfrRetentionStart(RetentionStart retention) {
    this.retention = retention;
  }

  protected IfrRetentionStart() {
    this(null);
  }

  public void closed(FundingRequest request) {
    retention.closed(
        FundingRequest.CASE_TYPE,
        request.id(),
        request.reference().formatted(),
        request.retentionStartsOn().orElseThrow());
  }
}
