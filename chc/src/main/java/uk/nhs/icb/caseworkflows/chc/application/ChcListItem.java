package uk.nhs.icb.caseworkflows.chc.application;

import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;

/**
 * One line of the CHC case list: the case, where it is, the 28 days' end and whether they have
 * passed without a decision.
 *
 * @param decisionDueBy day 28, or null while no clock runs
 */
public record ChcListItem(
    String id,
    String reference,
    String name,
    String status,
    LocalDate receivedOn,
    LocalDate decisionDueBy,
    boolean overdue,
    boolean closed,
    String caseworker) {

  static ChcListItem of(ChcCase chcCase, LocalDate today, String caseworker) {
    LocalDate due = chcCase.clock().map(c -> c.decisionDueBy()).orElse(null);
    boolean undecided = chcCase.decision().isEmpty() && !chcCase.isClosed();
    return new ChcListItem(
        chcCase.id(),
        chcCase.reference(),
        chcCase.person().name(),
        chcCase.status().name(),
        chcCase.referral().receivedOn(),
        due,
        undecided && due != null && today.isAfter(due),
        chcCase.isClosed(),
        caseworker);
  }
}
