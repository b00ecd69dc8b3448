package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * Tells retention that a funding request has closed (returned, screened out, or decided and done
 * with), in the closing transaction: it is then kept for IFR's period ({@code app.retention.ifr})
 * from that day and reviewed at the end.
 */
@ApplicationScoped
public class IfrRetentionStart {

  private final Event<RecordClosed> closures;

  @Inject
  public IfrRetentionStart(Event<RecordClosed> closures) {
    this.closures = closures;
  }

  protected IfrRetentionStart() {
    this(null);
  }

  public void closed(FundingRequest request) {
    closures.fire(
        new RecordClosed(
            FundingRequest.CASE_TYPE,
            request.id(),
            request.reference().formatted(),
            request.retentionStartsOn().orElseThrow()));
  }
}
