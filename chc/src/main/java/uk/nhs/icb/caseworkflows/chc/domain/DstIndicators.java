package uk.nhs.icb.caseworkflows.chc.domain;

import static java.util.stream.Collectors.joining;

import java.util.Collection;
import java.util.List;

/**
 * What the ratings show against the Decision Support Tool's indicators: Priority in any domain, or
 * Severe in two or more, would be expected to lead to a recommendation of eligibility. They are
 * shown to the team, never applied by the software: a primary health need may also be shown by one
 * Severe with needs in several other domains, or by several High and Moderate needs, judged on
 * their nature, intensity, complexity and unpredictability, and the team makes that judgement.
 */
public record DstIndicators(List<CareDomain> priority, List<CareDomain> severe) {

  public DstIndicators {
    priority = List.copyOf(priority);
    severe = List.copyOf(severe);
  }

  static DstIndicators of(Collection<DomainRating> ratings) {
    return new DstIndicators(at(ratings, NeedLevel.PRIORITY), at(ratings, NeedLevel.SEVERE));
  }

  private static List<CareDomain> at(Collection<DomainRating> ratings, NeedLevel level) {
    return ratings.stream()
        .filter(r -> r.level() == level)
        .map(DomainRating::domain)
        .sorted()
        .toList();
  }

  /** Priority anywhere, or two or more Severe: eligibility would usually be expected. */
  public boolean pointToEligibility() {
    return !priority.isEmpty() || severe.size() >= 2;
  }

  /** The indicators in words, for the DST page beside the team's recommendation. */
  public List<String> statements() {
    if (!priority.isEmpty()) {
      return List.of(
          "Priority in "
              + titles(priority)
              + ": a recommendation of eligibility would be expected.");
    }
    if (severe.size() >= 2) {
      return List.of(
          "Severe in "
              + titles(severe)
              + ": with two or more Severe, a recommendation of eligibility would be expected.");
    }
    return List.of(
        "No Priority and "
            + (severe.isEmpty() ? "no Severe" : "one Severe (" + titles(severe) + ")")
            + ". A primary health need may still be shown by the nature, intensity, complexity"
            + " and unpredictability of the needs taken together; the team decides.");
  }

  private static String titles(List<CareDomain> domains) {
    return domains.stream().map(CareDomain::title).collect(joining(", "));
  }
}
