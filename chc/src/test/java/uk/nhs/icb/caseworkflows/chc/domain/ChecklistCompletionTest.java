package uk.nhs.icb.caseworkflows.chc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the assessor sees while filling in a Checklist, before it has an outcome. */
class ChecklistCompletionTest {

  private final Checklist checklist =
      new Checklist(LocalDate.of(2026, 11, 19), "Sam Okafor, Discharge Liaison Nurse");

  @Test
  void aNewChecklistHasAllElevenDomainsStillToRate() {
    assertThat(checklist.unratedDomains()).hasSize(11).startsWith(ChecklistDomain.BREATHING);
    assertThat(checklist.isComplete()).isFalse();
  }

  @Test
  void aPartlyRatedChecklistSaysWhichDomainsAreLeftAndGivesNoOutcome() {
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      if (domain != ChecklistDomain.COGNITION && domain != ChecklistDomain.BEHAVIOUR) {
        checklist.rate(domain, ChecklistLevel.C, "no needs found");
      }
    }

    assertThat(checklist.unratedDomains())
        .containsExactly(ChecklistDomain.COGNITION, ChecklistDomain.BEHAVIOUR);
    assertThatThrownBy(checklist::outcome)
        .isInstanceOf(ChcRuleException.class)
        .hasMessage(
            "The Checklist has no outcome until every domain is rated. Still to rate: Cognition,"
                + " Behaviour.");
  }

  @Test
  void ratingADomainAgainReplacesTheEarlierRating() {
    checklist.rate(ChecklistDomain.MOBILITY, ChecklistLevel.B, "needs one carer to transfer");
    checklist.rate(ChecklistDomain.MOBILITY, ChecklistLevel.A, "hoisted by two carers since fall");

    assertThat(checklist.ratingOf(ChecklistDomain.MOBILITY))
        .hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(ChecklistLevel.A));
  }

  @Test
  void aRatingWithoutEvidenceIsRefused() {
    assertThatThrownBy(() -> checklist.rate(ChecklistDomain.BREATHING, ChecklistLevel.A, "  "))
        .isInstanceOf(ChcRuleException.class)
        .hasMessageContaining("Say what the rating of Breathing rests on");
  }

  @Test
  void aRatingWithoutALevelIsRefused() {
    assertThatThrownBy(() -> checklist.rate(ChecklistDomain.BREATHING, null, "oxygen at night"))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Choose A, B or C for Breathing.");
  }

  @Test
  void aChecklistSaysWhoCompletedIt() {
    assertThatThrownBy(() -> new Checklist(LocalDate.of(2026, 11, 19), " "))
        .isInstanceOf(ChcRuleException.class)
        .hasMessage("Say who completed the Checklist, with their role.");
  }

  @Test
  void eachChecklistDomainIsAssessedInFullUnderADecisionSupportToolDomainOfTheSameNeeds() {
    assertThat(ChecklistDomain.BREATHING.careDomain()).isEqualTo(CareDomain.BREATHING);
    assertThat(ChecklistDomain.SKIN_INTEGRITY.careDomain()).isEqualTo(CareDomain.SKIN_INTEGRITY);
    assertThat(ChecklistDomain.values())
        .extracting(ChecklistDomain::careDomain)
        .doesNotHaveDuplicates()
        .doesNotContain(CareDomain.OTHER_SIGNIFICANT_CARE_NEEDS);
  }

  @Test
  void theAsteriskedDomainsAreExactlyThoseThatCanReachPriorityInTheDecisionSupportTool() {
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      assertThat(domain.isAsterisked())
          .as(domain.title())
          .isEqualTo(domain.careDomain().has(NeedLevel.PRIORITY));
    }
  }
}
