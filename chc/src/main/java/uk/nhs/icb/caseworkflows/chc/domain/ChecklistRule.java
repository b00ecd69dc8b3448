package uk.nhs.icb.caseworkflows.chc.domain;

import static java.util.stream.Collectors.joining;

import java.util.Collection;
import java.util.List;

/**
 * The Checklist's thresholds for a full assessment (Checklist guidance 2022, para 19): two or more
 * domains in A; five or more in B; one in A and four in B; or an A in a domain marked with an
 * asterisk. Any one is enough. The threshold is set low on purpose, so that everyone who may be
 * eligible has a full assessment.
 */
public enum ChecklistRule {
  TWO_OR_MORE_A("two or more domains in column A") {
    @Override
    boolean isMetBy(List<ChecklistRating> ratings) {
      return count(ratings, ChecklistLevel.A) >= 2;
    }

    @Override
    String explain(List<ChecklistRating> ratings) {
      return "Two or more domains are in column A: " + titles(at(ratings, ChecklistLevel.A)) + ".";
    }
  },
  FIVE_OR_MORE_B("five or more domains in column B") {
    @Override
    boolean isMetBy(List<ChecklistRating> ratings) {
      return count(ratings, ChecklistLevel.B) >= 5;
    }

    @Override
    String explain(List<ChecklistRating> ratings) {
      return "Five or more domains are in column B: " + titles(at(ratings, ChecklistLevel.B)) + ".";
    }
  },
  // Two or more A already meet the first rule, so this one is about exactly one A.
  ONE_A_AND_FOUR_B("one domain in column A and four in column B") {
    @Override
    boolean isMetBy(List<ChecklistRating> ratings) {
      return count(ratings, ChecklistLevel.A) == 1 && count(ratings, ChecklistLevel.B) >= 4;
    }

    @Override
    String explain(List<ChecklistRating> ratings) {
      return "One domain is in column A ("
          + titles(at(ratings, ChecklistLevel.A))
          + ") and four or more in column B ("
          + titles(at(ratings, ChecklistLevel.B))
          + ").";
    }
  },
  A_IN_ASTERISKED_DOMAIN("an A in a domain marked with an asterisk") {
    @Override
    boolean isMetBy(List<ChecklistRating> ratings) {
      return !asteriskedA(ratings).isEmpty();
    }

    @Override
    String explain(List<ChecklistRating> ratings) {
      return "A domain marked with an asterisk is in column A: "
          + titles(asteriskedA(ratings))
          + ".";
    }
  };

  private final String description;

  ChecklistRule(String description) {
    this.description = description;
  }

  /** The threshold in the Checklist's words, for screens listing all four. */
  public String description() {
    return description;
  }

  abstract boolean isMetBy(List<ChecklistRating> ratings);

  /** Why this rule is met by these ratings, naming the domains, for the case page and letter. */
  abstract String explain(List<ChecklistRating> ratings);

  static long count(List<ChecklistRating> ratings, ChecklistLevel level) {
    return at(ratings, level).size();
  }

  static List<ChecklistDomain> at(List<ChecklistRating> ratings, ChecklistLevel level) {
    return ratings.stream().filter(r -> r.level() == level).map(ChecklistRating::domain).toList();
  }

  private static List<ChecklistDomain> asteriskedA(List<ChecklistRating> ratings) {
    return at(ratings, ChecklistLevel.A).stream().filter(ChecklistDomain::isAsterisked).toList();
  }

  static String titles(Collection<ChecklistDomain> domains) {
    return domains.stream().map(ChecklistDomain::title).collect(joining(", "));
  }
}
