package uk.nhs.icb.caseworkflows.common.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.retention.domain.RecordClosed;

/**
 * Tells retention that a case has closed, in the closing transaction: the register then keeps it
 * for its type's period ({@code app.retention.<type>}) from the closure day and puts it to review
 * at the end. Every workflow starts its cases' retention through it (complaints, IFR), so the event
 * is made one way.
 */
@ApplicationScoped
public class RetentionStart {

  private final Event<RecordClosed> closures;

  @Inject
  public RetentionStart(Event<RecordClosed> closures) {
    this.closures = closures;
  }

  protected RetentionStart() {
    this.closures = null;
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
