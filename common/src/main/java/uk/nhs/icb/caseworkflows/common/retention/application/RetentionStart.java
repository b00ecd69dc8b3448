package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordReopened;

/**
 * Tells retention that a case has closed, in the closing transaction: the register then keeps it
 * for its type's period ({@code app.retention.<type>}) from the closure day and puts it to review
 * at the end. Every workflow starts its cases' retention through it (complaints, IFR), so the event
 * is made one way.
 */
@ApplicationScoped
public class RetentionStart {

  private final Event<RecordClosed> closures;
  private final Event<RecordReopened> reopenings;

  @Inject
  public RetentionStart(Event<RecordClosed> closures, Event<RecordReopened> reopenings) {
    this.closures = closures;
    this.reopenings = reopenings;
  }

  protected RetentionStart() {
    this.closures = null;
    this.reopenings = null;
  }

  /**
   * Case {@code caseId} of {@code caseType} was reopened: its retention clock stops until it closes
   * again, when {@link #closed} starts it afresh from the new closure day.
   */
  public void reopened(String caseType, String caseId) {
    reopenings.fire(new RecordReopened(caseType, caseId));
  }

  /** Case {@code caseId} of {@code caseType}, quoted as {@code reference}, closed that day. */
  public void closed(String caseType, String caseId, String reference, LocalDate closedOn) {
    closures.fire(
        new RecordClosed(
            Objects.requireNonNull(caseType, "caseType"),
            Objects.requireNonNull(caseId, "caseId"),
            Objects.requireNonNull(reference, "reference"),
            Objects.requireNonNull(closedOn, "closedOn")));
  }
}
