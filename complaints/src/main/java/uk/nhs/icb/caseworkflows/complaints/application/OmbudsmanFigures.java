package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanReferral;

/**
 * Complaints taken to the Ombudsman in a reporting period, and the Ombudsman's decisions made in
 * it, for the governing body's report and the annual complaints report (reg 18): counts only, no
 * personal data. Exact counts; the report applies the small-number rule when it publishes them.
 */
@ApplicationScoped
public class OmbudsmanFigures {

  /** Referrals made in the period, and decisions made in it by kind (every kind present). */
  public record InPeriod(
      LocalDate from, LocalDate to, long referred, Map<OmbudsmanDecision, Long> decided) {

    public long decidedInAll() {
      return decided.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final AfterResponseRecords records;

  @Inject
  public OmbudsmanFigures(AfterResponseRecords records) {
    this.records = records;
  }

  protected OmbudsmanFigures() {
    this(null);
  }

  @Transactional
  public InPeriod of(ReportingPeriod period) {
    return between(period.from(), period.to());
  }

  /** Between two days, both counted. */
  @Transactional
  public InPeriod between(LocalDate from, LocalDate to) {
    List<OmbudsmanReferral> touched = records.referralsMadeOrDecidedBetween(from, to);
    long referred =
        touched.stream().filter(referral -> within(referral.referredOn(), from, to)).count();
    Map<OmbudsmanDecision, Long> decided = new EnumMap<>(OmbudsmanDecision.class);
    for (OmbudsmanDecision decision : OmbudsmanDecision.values()) {
      decided.put(decision, 0L);
    }
    touched.stream()
        .filter(referral -> referral.decidedOn().filter(on -> within(on, from, to)).isPresent())
        .forEach(referral -> decided.merge(referral.decision().orElseThrow(), 1L, Long::sum));
    return new InPeriod(from, to, referred, Map.copyOf(decided));
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
