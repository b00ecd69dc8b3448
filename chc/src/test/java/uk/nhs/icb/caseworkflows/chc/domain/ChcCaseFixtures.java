package uk.nhs.icb.caseworkflows.chc.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;

/** CHC cases at the points the tests after eligibility start from. */
public final class ChcCaseFixtures {

  public static final LocalDate BORN = LocalDate.of(1941, 5, 3);

  private ChcCaseFixtures() {}

  private static AffectedPerson person() {
    return new AffectedPerson(
        "Patrick Doyle", null, BORN, List.of("3 Beech Hill Close"), "LU6 3QR");
  }

  /** Referred straight to full assessment on {@code receivedOn}, living in {@code livesIn}. */
  public static ChcCase referred(LocalDate receivedOn, CareSetting livesIn) {
    return ChcCase.refer(
        "CHC-2026-000001",
        person(),
        new Referral(null, BORN, receivedOn, ReferralRoute.FULL_ASSESSMENT),
        new ReferralSource("Sam Okafor, Discharge Liaison Nurse", livesIn, null));
  }

  /** A Fast Track case received on {@code receivedOn}. */
  public static ChcCase fastTracked(LocalDate receivedOn) {
    return ChcCase.referFastTrack(
        "CHC-2026-000002",
        person(),
        new Referral(null, BORN, receivedOn, ReferralRoute.FAST_TRACK),
        new ReferralSource("Dr Laura Bennett, GP", CareSetting.OWN_HOME, null),
        new FastTrackTool(
            "Dr Laura Bennett",
            "GMC 7012345",
            "Rapid decline; end of life care at home.",
            receivedOn));
  }

  /** The team's tool completed on {@code on}, recommending {@code outcome}. */
  public static void assessed(ChcCase chcCase, RecommendedOutcome outcome, LocalDate on) {
    DecisionSupportTool dst = chcCase.decisionSupportTool();
    for (CareDomain domain : CareDomain.values()) {
      dst.rate(domain, NeedLevel.HIGH, "MDT meeting");
    }
    dst.recordTeam(
        new MultidisciplinaryTeam(
            List.of(
                new MdtMember("Rachel Green", Profession.REGISTERED_NURSE),
                new MdtMember("Ana Silva", Profession.SOCIAL_WORKER))));
    dst.recordIndividualsView(new IndividualsView(on, ViewGivenBy.THE_INDIVIDUAL, "My view."));
    dst.recommend(
        new MdtRecommendation(outcome, new CharacteristicsOfNeed("n", "i", "c", "u"), on));
  }

  /** Referred on {@code receivedOn}, assessed and decided by the panel on {@code decidedOn}. */
  public static ChcCase decided(
      LocalDate receivedOn, LocalDate decidedOn, boolean eligible, CareSetting livesIn) {
    ChcCase chcCase = referred(receivedOn, livesIn);
    assessed(
        chcCase,
        eligible ? RecommendedOutcome.ELIGIBLE : RecommendedOutcome.NOT_ELIGIBLE,
        decidedOn);
    chcCase.decide(
        eligible,
        decidedOn,
        "Grace Adeyemi",
        "Reasons.",
        null,
        eligible && decidedOn.isAfter(receivedOn.plusDays(28)) ? DelayCause.CAUSED_BY_ICB : null);
    return chcCase;
  }

  /** A package version starting on {@code startsOn}. */
  public static CarePackage carePackage(LocalDate startsOn, String cost, boolean phb) {
    return new CarePackage(
        "Chiltern Vale Home Care Ltd",
        CareSetting.OWN_HOME,
        new BigDecimal(cost),
        startsOn,
        phb,
        Instant.parse("2026-12-01T10:00:00Z"),
        "rachel.green",
        "Package arranged");
  }
}
