package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What a completed Checklist shows: positive (a full assessment of eligibility is needed, which is
 * not a finding of eligibility) or negative (no full assessment, so not eligible now). It keeps the
 * rules that fired and the reasons in words, so the case page and the letter can show why; a
 * negative outcome's reasons go in the letter that offers the right to ask the ICB to reconsider.
 */
public record ChecklistOutcome(List<ChecklistRule> rulesMet, List<String> reasons) {

  public ChecklistOutcome {
    rulesMet = List.copyOf(rulesMet);
    reasons = List.copyOf(reasons);
  }

  /** Applies the four thresholds to a Checklist's eleven ratings. */
  static ChecklistOutcome of(List<ChecklistRating> ratings) {
    List<ChecklistRule> met =
        Arrays.stream(ChecklistRule.values()).filter(r -> r.isMetBy(ratings)).toList();
    if (!met.isEmpty()) {
      return new ChecklistOutcome(met, met.stream().map(rule -> rule.explain(ratings)).toList());
    }
    return new ChecklistOutcome(List.of(), List.of(noThresholdMet(ratings)));
  }

  private static String noThresholdMet(List<ChecklistRating> ratings) {
    long a = ChecklistRule.count(ratings, ChecklistLevel.A);
    long b = ChecklistRule.count(ratings, ChecklistLevel.B);
    return "None of the thresholds for a full assessment is met: "
        + domains(a)
        + " in column A and "
        + domains(b)
        + " in column B, and no A in a domain marked with an asterisk. A full assessment needs "
        + "two or more A, five or more B, one A and four B, or an A in a domain marked with an "
        + "asterisk.";
  }

  private static String domains(long count) {
    return count == 1 ? "1 domain" : count + " domains";
  }

  /** A full assessment of eligibility is needed; the 28-day clock starts when the ICB has it. */
  public boolean isPositive() {
    return !rulesMet.isEmpty();
  }

  public boolean isNegative() {
    return rulesMet.isEmpty();
  }
}
