package uk.nhs.icb.caseworkflows.ifr.web;

import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * What the panel sees of a request after acting on it: its reference and where it stands, never who
 * the patient is (the panel works from the anonymised pack).
 */
public record DecisionView(
    String id,
    String reference,
    long version,
    String status,
    String outcome,
    LocalDate decisionDue) {

  static DecisionView of(FundingRequest request) {
    return new DecisionView(
        request.id(),
        request.reference().formatted(),
        request.version(),
        request.status().name(),
        request.decision().map(made -> made.outcome().name()).orElse(null),
        request.decisionDue().orElse(null));
  }
}
