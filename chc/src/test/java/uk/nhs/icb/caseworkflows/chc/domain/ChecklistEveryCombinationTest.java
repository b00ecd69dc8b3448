package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Checklist's outcome over all 3^11 ways of rating its domains, so no corner between the
 * thresholds is left untried.
 */
class ChecklistEveryCombinationTest {

  private static final ChecklistDomain[] DOMAINS = ChecklistDomain.values();
  private static final ChecklistLevel[] LEVELS = {
    ChecklistLevel.C, ChecklistLevel.B, ChecklistLevel.A
  };
  private static final int COMBINATIONS = (int) Math.pow(3, DOMAINS.length);

  /** Whether each combination is positive, indexed by its ratings read as a base-3 number. */
  private static boolean[] positive;

  @BeforeAll
  static void rateEveryCombination() {
    positive = new boolean[COMBINATIONS];
    for (int combination = 0; combination < COMBINATIONS; combination++) {
      Checklist checklist = new Checklist(LocalDate.of(2026, 11, 19), "Sam Okafor, Nurse");
      int digits = combination;
      for (ChecklistDomain domain : DOMAINS) {
        checklist.rate(domain, LEVELS[digits % 3], "evidence");
        digits /= 3;
      }
      positive[combination] = checklist.outcome().isPositive();
    }
  }

  private static int levelOf(int combination, int domain) {
    return (combination / (int) Math.pow(3, domain)) % 3;
  }

  @Test
  void raisingAnyOneRatingNeverTurnsAPositiveChecklistNegative() {
    for (int combination = 0; combination < COMBINATIONS; combination++) {
      for (int domain = 0; domain < DOMAINS.length; domain++) {
        if (positive[combination] && levelOf(combination, domain) < 2) {
          int raised = combination + (int) Math.pow(3, domain);
          assertThat(positive[raised])
              .as("raising %s in combination %d", DOMAINS[domain], combination)
              .isTrue();
        }
      }
    }
  }

  @Test
  void aChecklistIsNegativeExactlyWhenItHasAtMostOneAOutsideTheAsteriskedDomainsAndFewB() {
    for (int combination = 0; combination < COMBINATIONS; combination++) {
      int a = 0;
      int b = 0;
      boolean asteriskedA = false;
      for (int domain = 0; domain < DOMAINS.length; domain++) {
        int level = levelOf(combination, domain);
        if (level == 2) {
          a++;
          asteriskedA |= DOMAINS[domain].isAsterisked();
        } else if (level == 1) {
          b++;
        }
      }
      boolean negative = !asteriskedA && (a == 0 ? b <= 4 : a == 1 && b <= 3);
      assertThat(positive[combination]).as("combination %d", combination).isEqualTo(!negative);
    }
  }
}
