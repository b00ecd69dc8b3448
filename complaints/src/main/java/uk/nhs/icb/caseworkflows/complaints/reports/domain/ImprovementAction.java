package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action taken, or to be taken, to improve services because of a complaint (regulation 18's last
 * item), as a published report prints it: what it is, already redacted of anyone's identity, where
 * it came from (the ICB's response or the Ombudsman), its due date and, when done, the day. The
 * owner is left out: it names a person or a small team.
 */
public record ImprovementAction(
    String description, boolean recommendedByTheOmbudsman, LocalDate dueBy, LocalDate doneOn) {

  public ImprovementAction {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(dueBy, "dueBy");
  }

  public boolean isDone() {
    return doneOn != null;
  }
}
