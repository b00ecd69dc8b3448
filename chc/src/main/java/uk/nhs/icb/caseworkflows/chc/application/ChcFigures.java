package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.nhs.icb.caseworkflows.chc.domain.CareSetting;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeStage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * The ICB's figures for NHS England's quarterly CHC data collection, on the kit's {@code
 * common/figures}: exact counts for the return (the CHC panel and the IG officer), which the
 * governing body sees only through {@link ExactFigures#published()} and the NHS small-number rule.
 * Each measure's definition is beside it; events count in the quarter of their day, snapshots are
 * taken on the quarter's last day.
 */
@ApplicationScoped
public class ChcFigures {

  public static final String TITLE = "NHS Continuing Healthcare quarterly return";

  /** The return's measures, in the order of the table. */
  public enum Measure {
    REFERRALS("Referrals for full consideration received"),
    COMPLETED_WITHIN_28_DAYS("Referrals completed within 28 days"),
    INCOMPLETE_OVER_28_DAYS("Referrals incomplete after more than 28 days (at quarter end)"),
    ELIGIBLE_STANDARD("Eligible, standard (at quarter end)"),
    ELIGIBLE_FAST_TRACK("Eligible, Fast Track (at quarter end)"),
    FAST_TRACK_REFERRALS("Fast Track referrals received"),
    NOT_ELIGIBLE("Referrals found not eligible"),
    NO_LONGER_ELIGIBLE("Found no longer eligible after reassessment"),
    LOCAL_RESOLUTIONS("Local resolution requests"),
    PERSONAL_HEALTH_BUDGETS("Personal health budgets (at quarter end)"),
    FNC_PAYABLE("NHS-funded Nursing Care decided payable"),
    DST_ACUTE("Decision Support Tools completed in an acute hospital"),
    DST_OTHER("Decision Support Tools completed in other settings");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Decided within 28 calendar days of the referral (day 28 is the last day in time). */
  static final int TWENTY_EIGHT_DAYS = 28;

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private AuditTrail auditTrail;

  /** The exact figures for the period, the read audited. */
  @Transactional
  public ExactFigures of(ReportingPeriod period) {
    List<ChcCase> cases =
        entityManager.createQuery("select c from ChcCase c", ChcCase.class).getResultList();
    auditTrail.record(AuditEntry.read("CHC_FIGURES_READ", ChcCase.CASE_TYPE, null, period.label()));
    return quarterlyReturn(period, cases);
  }

  /** The return of those cases for the period. */
  public static ExactFigures quarterlyReturn(ReportingPeriod period, List<ChcCase> cases) {
    LocalDate end = period.to();
    Map<String, Long> counts = new LinkedHashMap<>();
    count(counts, Measure.REFERRALS, cases, c -> in(period, c.fullConsiderationReferredOn()));
    count(
        counts,
        Measure.COMPLETED_WITHIN_28_DAYS,
        cases,
        c ->
            in(period, c.firstDecidedOn())
                && c.fullConsiderationReferredOn()
                    .map(
                        referred ->
                            !c.firstDecidedOn()
                                .orElseThrow()
                                .isAfter(referred.plusDays(TWENTY_EIGHT_DAYS)))
                    .orElse(false));
    count(
        counts,
        Measure.INCOMPLETE_OVER_28_DAYS,
        cases,
        c ->
            c.fullConsiderationReferredOn()
                    .map(referred -> referred.plusDays(TWENTY_EIGHT_DAYS).isBefore(end))
                    .orElse(false)
                && c.firstDecidedOn().map(decided -> decided.isAfter(end)).orElse(true)
                && c.closedOn().map(closed -> closed.isAfter(end)).orElse(true));
    count(counts, Measure.ELIGIBLE_STANDARD, cases, c -> !c.isFastTrack() && c.wasEligibleOn(end));
    count(counts, Measure.ELIGIBLE_FAST_TRACK, cases, c -> c.isFastTrack() && c.wasEligibleOn(end));
    count(
        counts,
        Measure.FAST_TRACK_REFERRALS,
        cases,
        c -> c.isFastTrack() && period.contains(c.referral().receivedOn()));
    count(
        counts,
        Measure.NOT_ELIGIBLE,
        cases,
        c -> in(period, c.firstDecidedOn()) && !c.firstDecisionEligible().orElse(true));
    count(counts, Measure.NO_LONGER_ELIGIBLE, cases, c -> in(period, c.noLongerEligibleOn()));
    counts.put(
        Measure.LOCAL_RESOLUTIONS.label(),
        cases.stream()
            .flatMap(c -> c.challenges().stream())
            .filter(ch -> ch.stage() == ChallengeStage.LOCAL_RESOLUTION)
            .filter(ch -> period.contains(ch.requestedOn()))
            .count());
    count(
        counts,
        Measure.PERSONAL_HEALTH_BUDGETS,
        cases,
        c ->
            c.wasEligibleOn(end)
                && c.carePackageOn(end).map(p -> p.personalHealthBudget()).orElse(false));
    count(
        counts,
        Measure.FNC_PAYABLE,
        cases,
        c -> in(period, c.fncDecidedOn()) && c.fncPayable().orElse(false));
    count(
        counts,
        Measure.DST_ACUTE,
        cases,
        c -> dstCompletedIn(period, c) && c.source().livesIn() == CareSetting.HOSPITAL);
    count(
        counts,
        Measure.DST_OTHER,
        cases,
        c -> dstCompletedIn(period, c) && c.source().livesIn() != CareSetting.HOSPITAL);
    return ExactFigures.of(TITLE, "Measure", period, labels(), counts);
  }

  public static List<String> labels() {
    return Arrays.stream(Measure.values()).map(Measure::label).toList();
  }

  private static boolean dstCompletedIn(ReportingPeriod period, ChcCase c) {
    return !c.isFastTrack()
        && c.hasFullAssessment()
        && c.decisionSupportTool()
            .recommendation()
            .map(r -> period.contains(r.madeOn()))
            .orElse(false);
  }

  private static boolean in(ReportingPeriod period, Optional<LocalDate> day) {
    return day.map(period::contains).orElse(false);
  }

  private static void count(
      Map<String, Long> counts, Measure measure, List<ChcCase> cases, Predicate<ChcCase> test) {
    counts.put(measure.label(), cases.stream().filter(test).count());
  }
}
