package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The words of a final response that only the handler can write and the manager signs off: how the
 * complaint was looked into, what was found on each issue (in the plan's order), the overall
 * summary, the apology, who will do what by when, and whether the ICB is satisfied that it will be
 * done. The complaint file supplies the rest: the issues, their outcomes and the overall outcome.
 *
 * @param apology null when there is nothing to apologise for
 * @param followUp what the ICB is doing about it when it is not yet satisfied; null otherwise
 * @param signedOffBy the user name of whoever signed it off: the responsible person, or a manager
 *     they authorised (regulation 4)
 */
public record ResponseWording(
    List<String> steps,
    List<String> findings,
    String overallSummary,
    String apology,
    List<Action> actions,
    boolean satisfied,
    String followUp,
    String signedOffBy) {

  public ResponseWording {
    steps = List.copyOf(steps);
    findings = List.copyOf(findings);
    Objects.requireNonNull(overallSummary, "overallSummary");
    actions = List.copyOf(actions);
    Objects.requireNonNull(signedOffBy, "signedOffBy");
    if (!satisfied && (followUp == null || followUp.isBlank())) {
      throw new IllegalArgumentException("say what will be done while not yet satisfied");
    }
  }

  /** One action agreed as a result of the complaint. */
  public record Action(String description, String owner, LocalDate dueBy) {

    public Action {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(dueBy, "dueBy");
    }
  }
}
