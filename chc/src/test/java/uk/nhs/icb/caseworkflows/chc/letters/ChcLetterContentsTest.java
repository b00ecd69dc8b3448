package uk.nhs.icb.caseworkflows.chc.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.chc.domain.CareDomain;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.CharacteristicsOfNeed;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.Checklist;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistDomain;
import uk.nhs.icb.caseworkflows.chc.domain.ChecklistLevel;
import uk.nhs.icb.caseworkflows.chc.domain.DecisionSupportTool;
import uk.nhs.icb.caseworkflows.chc.domain.DelayCause;
import uk.nhs.icb.caseworkflows.chc.domain.IndividualsView;
import uk.nhs.icb.caseworkflows.chc.domain.MdtMember;
import uk.nhs.icb.caseworkflows.chc.domain.MdtRecommendation;
import uk.nhs.icb.caseworkflows.chc.domain.MultidisciplinaryTeam;
import uk.nhs.icb.caseworkflows.chc.domain.NeedLevel;
import uk.nhs.icb.caseworkflows.chc.domain.Profession;
import uk.nhs.icb.caseworkflows.chc.domain.RecommendedOutcome;
import uk.nhs.icb.caseworkflows.chc.domain.Referral;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralRoute;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralSource;
import uk.nhs.icb.caseworkflows.chc.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.chc.domain.ViewGivenBy;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSettingsReader;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/** What each CHC letter says, filled from a case as the person or their representative reads it. */
class ChcLetterContentsTest {

  private static final LocalDate BORN = LocalDate.of(1941, 5, 3);
  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

  private final ChcLetterContents contents =
      new ChcLetterContents(
          new ChcLetterSettings(
              LetterSettingsReader.of(
                  Map.of("app.chc.letters.contact.role", "CHC Coordinator"),
                  ChcLetterSettings.PREFIX)));

  private static ChcCase referred(CareSetting livesIn) {
    AffectedPerson person =
        new AffectedPerson(
            "Mr Patrick Doyle", null, BORN, List.of("3 Beech Hill Close"), "LU6 3QR");
    person.recordCommunicationNeeds(
        CommunicationNeeds.of(List.of(CommunicationNeed.values()[0]), null));
    ChcCase chcCase =
        ChcCase.refer(
            "CHC-2026-000045",
            person,
            new Referral(null, BORN, RECEIVED, ReferralRoute.CHECKLIST),
            new ReferralSource("Sam Okafor, Discharge Liaison Nurse", livesIn, null));
    chcCase.recordRepresentative(
        new Party("Mrs Margaret Doyle", List.of("3 Beech Hill Close"), "LU6 3QR", null, null),
        RepresentativeStanding.LASTING_POWER_OF_ATTORNEY);
    return chcCase;
  }

  private static void checklist(ChcCase chcCase, ChecklistLevel behaviour) {
    Checklist checklist = chcCase.checklistDraft(RECEIVED, "Sam Okafor, Discharge Liaison Nurse");
    for (ChecklistDomain domain : ChecklistDomain.values()) {
      checklist.rate(
          domain, domain == ChecklistDomain.BEHAVIOUR ? behaviour : ChecklistLevel.C, "Notes.");
    }
    chcCase.recordChecklist(checklist, RECEIVED);
  }

  private static void assessed(ChcCase chcCase) {
    DecisionSupportTool tool = chcCase.decisionSupportTool();
    for (CareDomain domain : CareDomain.values()) {
      tool.rate(
          domain,
          domain == CareDomain.BEHAVIOUR ? NeedLevel.PRIORITY : NeedLevel.LOW,
          "MDT notes on " + domain.title());
    }
    tool.recordTeam(
        new MultidisciplinaryTeam(
            List.of(
                new MdtMember("Rachel Green", Profession.REGISTERED_NURSE),
                new MdtMember("Ana Silva", Profession.SOCIAL_WORKER))));
    tool.recordIndividualsView(
        new IndividualsView(
            RECEIVED.plusDays(5), ViewGivenBy.THEIR_REPRESENTATIVE, "He needs us."));
    tool.recommend(
        new MdtRecommendation(
            RecommendedOutcome.ELIGIBLE,
            new CharacteristicsOfNeed("nature", "intensity", "complexity", "unpredictability"),
            RECEIVED.plusDays(20)));
  }

  @Test
  void aNegativeChecklistLetterGivesTheReasonsAndSaysFncWillBeConsideredInANursingHome() {
    ChcCase chcCase = referred(CareSetting.CARE_HOME_WITH_NURSING);
    checklist(chcCase, ChecklistLevel.B);

    AddressedLetter letter =
        contents.letterOf(ChcLetterContents.CHECKLIST_OUTCOME, chcCase, false, RECEIVED);

    Map<String, Object> fields = letter.content().fields();
    assertThat(fields).containsEntry("positive", false).containsEntry("fncToConsider", true);
    assertThat((List<?>) fields.get("reasons"))
        .singleElement()
        .asString()
        .startsWith("None of the thresholds");
    assertThat(fields).doesNotContainKey("onBehalfOf");
    assertThat(letter.content().recipient().name()).isEqualTo("Mr Patrick Doyle");
    assertThat(letter.needs().isNone()).as("the person's communication needs travel").isFalse();
  }

  @Test
  void theRepresentativeIsWrittenToOnlyWhenSharingWithThemIsAllowed() {
    ChcCase chcCase = referred(CareSetting.HOSPITAL);
    checklist(chcCase, ChecklistLevel.A);

    AddressedLetter letter =
        contents.letterOf(ChcLetterContents.CHECKLIST_OUTCOME, chcCase, true, RECEIVED);

    assertThat(letter.content().recipient().name()).isEqualTo("Mrs Margaret Doyle");
    assertThat(letter.content().fields())
        .containsEntry("onBehalfOf", "Mr Patrick Doyle")
        .containsEntry("positive", true)
        .containsEntry("decisionDueBy", LocalDate.of(2026, 12, 18));
  }

  @Test
  void aLateEligibleDecisionTheIcbCausedGivesTheRefundAndSixMonthsForLocalResolution() {
    ChcCase chcCase = referred(CareSetting.HOSPITAL);
    checklist(chcCase, ChecklistLevel.A);
    assessed(chcCase);
    LocalDate decided = LocalDate.of(2027, 1, 8);
    chcCase.decide(
        true, decided, "panel", "Priority need in behaviour.", null, DelayCause.CAUSED_BY_ICB);

    Map<String, Object> fields =
        contents
            .letterOf(ChcLetterContents.ELIGIBILITY_DECISION, chcCase, false, decided)
            .content()
            .fields();

    assertThat(fields)
        .containsEntry("eligible", true)
        .containsEntry("reasons", "Priority need in behaviour.")
        .containsEntry("localResolutionBy", LocalDate.of(2027, 7, 8))
        .containsEntry("fncToConsider", false);
    assertThat(fields.get("refund"))
        .isEqualTo(Map.of("from", LocalDate.of(2026, 12, 19), "to", decided, "days", 21L));
    assertThat((List<?>) fields.get("domains")).hasSize(12);
  }

  @Test
  void theDstSummaryCarriesEveryDomainWithItsEvidenceTheTeamAndTheReasons() {
    ChcCase chcCase = referred(CareSetting.HOSPITAL);
    checklist(chcCase, ChecklistLevel.A);
    assessed(chcCase);

    Map<String, Object> fields =
        contents
            .letterOf(ChcLetterContents.DST_SUMMARY, chcCase, false, RECEIVED)
            .content()
            .fields();

    assertThat((List<?>) fields.get("domains"))
        .hasSize(12)
        .first()
        .isEqualTo(
            Map.of("name", "Behaviour", "level", "Priority", "evidence", "MDT notes on Behaviour"));
    assertThat((List<?>) fields.get("team")).hasSize(2);
    assertThat((List<?>) fields.get("indicators")).isNotEmpty();
    assertThat(((Map<?, ?>) fields.get("recommendation")).get("eligible")).isEqualTo(true);
  }
}
