package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.ALTERED_STATES_OF_CONSCIOUSNESS;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.BEHAVIOUR;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.BREATHING;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.COGNITION;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.COMMUNICATION;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.CONTINENCE;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.DRUG_THERAPIES_AND_MEDICATION;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.MOBILITY;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.NUTRITION;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain.SKIN_INTEGRITY;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistLevel.A;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistLevel.B;
import static uk.nhs.icb.caseworkflows.chc.domain.ChecklistLevel.C;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Checklist's four thresholds, tried at and either side of each. */
class ChecklistOutcomeTest {

  /** Domains that carry no asterisk, so an A in them is never enough alone. */
  private static final List<ChecklistDomain> PLAIN =
      List.of(
          NUTRITION,
          CONTINENCE,
          SKIN_INTEGRITY,
          MOBILITY,
          COMMUNICATION,
          PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS,
          COGNITION);

  /** A Checklist with every domain at C except those given. */
  private static Checklist checklist(List<ChecklistDomain> inA, List<ChecklistDomain> inB) {
    Checklist checklist = new Checklist(LocalDate.of(2026, 11, 19), "Sam Okafor, Discharge Nurse");
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      ChecklistLevel level = inA.contains(domain) ? A : inB.contains(domain) ? B : C;
      checklist.rate(domain, level, "seen on the ward; care notes of 18 November");
    }
    return checklist;
  }

  @Test
  void allInColumnCIsNegative() {
    assertThat(checklist(List.of(), List.of()).outcome().isNegative()).isTrue();
  }

  @Test
  void twoAInDomainsWithoutAnAsteriskArePositive() {
    ChecklistOutcome outcome = checklist(List.of(MOBILITY, COGNITION), List.of()).outcome();

    assertThat(outcome.isPositive()).isTrue();
    assertThat(outcome.rulesMet()).containsExactly(ChecklistRule.TWO_OR_MORE_A);
    assertThat(outcome.reasons())
        .containsExactly("Two or more domains are in column A: Mobility, Cognition.");
  }

  @Test
  void oneAInADomainWithoutAnAsteriskAloneIsNegative() {
    ChecklistOutcome outcome = checklist(List.of(MOBILITY), List.of()).outcome();

    assertThat(outcome.isNegative()).isTrue();
    assertThat(outcome.rulesMet()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ChecklistDomain.class,
      names = {
        "BREATHING",
        "BEHAVIOUR",
        "DRUG_THERAPIES_AND_MEDICATION",
        "ALTERED_STATES_OF_CONSCIOUSNESS"
      })
  void anAInAnAsteriskedDomainAloneIsPositive(ChecklistDomain asterisked) {
    ChecklistOutcome outcome = checklist(List.of(asterisked), List.of()).outcome();

    assertThat(outcome.isPositive()).isTrue();
    assertThat(outcome.rulesMet()).containsExactly(ChecklistRule.A_IN_ASTERISKED_DOMAIN);
    assertThat(outcome.reasons())
        .containsExactly(
            "A domain marked with an asterisk is in column A: " + asterisked.title() + ".");
  }

  @ParameterizedTest
  @EnumSource(
      value = ChecklistDomain.class,
      names = {
        "BREATHING",
        "BEHAVIOUR",
        "DRUG_THERAPIES_AND_MEDICATION",
        "ALTERED_STATES_OF_CONSCIOUSNESS"
      },
      mode = EnumSource.Mode.EXCLUDE)
  void anAInAnyOtherDomainAloneIsNegative(ChecklistDomain plain) {
    assertThat(checklist(List.of(plain), List.of()).outcome().isNegative()).isTrue();
  }

  @Test
  void exactlyFourDomainsAreAsterisked() {
    assertThat(Arrays.stream(ChecklistDomain.values()).filter(ChecklistDomain::isAsterisked))
        .containsExactly(
            BREATHING, BEHAVIOUR, DRUG_THERAPIES_AND_MEDICATION, ALTERED_STATES_OF_CONSCIOUSNESS);
  }

  @Test
  void anAInAnAsteriskedDomainIsOnlyOnBOrCNegative() {
    ChecklistOutcome outcome = checklist(List.of(), List.of(BREATHING, BEHAVIOUR)).outcome();

    assertThat(outcome.isNegative()).isTrue();
  }

  @Test
  void fourBAreNegative() {
    assertThat(checklist(List.of(), PLAIN.subList(0, 4)).outcome().isNegative()).isTrue();
  }

  @Test
  void fiveBArePositive() {
    ChecklistOutcome outcome = checklist(List.of(), PLAIN.subList(0, 5)).outcome();

    assertThat(outcome.isPositive()).isTrue();
    assertThat(outcome.rulesMet()).containsExactly(ChecklistRule.FIVE_OR_MORE_B);
    assertThat(outcome.reasons().get(0))
        .startsWith("Five or more domains are in column B: Nutrition, Continence");
  }

  @Test
  void oneAAndThreeBAreNegative() {
    ChecklistOutcome outcome = checklist(List.of(MOBILITY), PLAIN.subList(0, 3)).outcome();

    assertThat(outcome.isNegative()).isTrue();
  }

  @Test
  void oneAAndFourBArePositive() {
    ChecklistOutcome outcome = checklist(List.of(COGNITION), PLAIN.subList(0, 4)).outcome();

    assertThat(outcome.isPositive()).isTrue();
    assertThat(outcome.rulesMet()).containsExactly(ChecklistRule.ONE_A_AND_FOUR_B);
    assertThat(outcome.reasons())
        .containsExactly(
            "One domain is in column A (Cognition) and four or more in column B "
                + "(Nutrition, Continence, Skin integrity, Mobility).");
  }

  @Test
  void everyThresholdThatIsMetIsShown() {
    ChecklistOutcome outcome =
        checklist(List.of(BREATHING, MOBILITY), PLAIN.subList(0, 3).stream().toList()).outcome();

    assertThat(outcome.rulesMet())
        .containsExactly(ChecklistRule.TWO_OR_MORE_A, ChecklistRule.A_IN_ASTERISKED_DOMAIN);
    assertThat(outcome.reasons()).hasSize(2);
  }

  @Test
  void oneAInAnAsteriskedDomainWithFourBShowsBothRules() {
    ChecklistOutcome outcome = checklist(List.of(BEHAVIOUR), PLAIN.subList(0, 4)).outcome();

    assertThat(outcome.rulesMet())
        .containsExactly(ChecklistRule.ONE_A_AND_FOUR_B, ChecklistRule.A_IN_ASTERISKED_DOMAIN);
  }

  @Test
  void aNegativeOutcomeSaysWhatWasFoundAndWhatWouldHaveBeenNeeded() {
    ChecklistOutcome outcome = checklist(List.of(MOBILITY), PLAIN.subList(0, 3)).outcome();

    assertThat(outcome.reasons())
        .containsExactly(
            "None of the thresholds for a full assessment is met: 1 domain in column A and 3"
                + " domains in column B, and no A in a domain marked with an asterisk. A full"
                + " assessment needs two or more A, five or more B, one A and four B, or an A in a"
                + " domain marked with an asterisk.");
  }
}
