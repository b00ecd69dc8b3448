package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.IfrStatus;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.Review;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;

/**
 * The figures of the annual IFR report, on the kit's {@code common/figures}: requests received,
 * screened out by reason, decided by outcome, reviews by outcome, and the median working days from
 * a complete request to its decision. Exact counts, for the IFR team; publication goes through
 * {@link ExactFigures#published()}.
 */
@ApplicationScoped
public class IfrFigures {

  /** The report: its tables and the median. */
  public record Report(
      ReportingPeriod period, List<ExactFigures> tables, Double medianWorkingDaysToDecision) {}

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private AuditTrail auditTrail;

  @Inject private WorkingDayCalendar calendar;

  @Transactional
  public Report of(ReportingPeriod period) {
    List<FundingRequest> requests =
        entityManager
            .createQuery("select r from FundingRequest r", FundingRequest.class)
            .getResultList();
    auditTrail.record(
        AuditEntry.read("IFR_FIGURES_READ", FundingRequest.CASE_TYPE, null, period.label()));
    return report(period, requests, calendar);
  }

  /** The report of those requests for the period, working days counted on {@code calendar}. */
  static Report report(
      ReportingPeriod period, List<FundingRequest> requests, WorkingDayCalendar calendar) {
    return new Report(
        period,
        List.of(
            received(period, requests),
            screenedOut(period, requests),
            decided(period, requests),
            reviews(period, requests)),
        median(period, requests, calendar));
  }

  private static ExactFigures received(ReportingPeriod period, List<FundingRequest> requests) {
    return ExactFigures.count(
        "Requests received",
        "Route",
        period,
        List.of("Routine", "Urgent", "Returned: no evidence of consent"),
        requests,
        FundingRequest::receivedOn,
        request ->
            request.status() == IfrStatus.RETURNED
                ? "Returned: no evidence of consent"
                : request.treatment().isUrgent() ? "Urgent" : "Routine");
  }

  private static ExactFigures screenedOut(ReportingPeriod period, List<FundingRequest> requests) {
    List<FundingRequest> out =
        requests.stream()
            .filter(r -> r.screening() != null && r.screening().screenedOn().isPresent())
            .filter(r -> r.screening().outcome().map(ScreeningOutcome::screensOut).orElse(false))
            .toList();
    return ExactFigures.count(
        "Requests screened out",
        "Reason",
        period,
        Arrays.stream(ScreeningOutcome.values())
            .filter(ScreeningOutcome::screensOut)
            .map(Enum::name)
            .toList(),
        out,
        r -> r.screening().screenedOn().orElseThrow(),
        r -> r.screening().outcome().orElseThrow().name());
  }

  private static ExactFigures decided(ReportingPeriod period, List<FundingRequest> requests) {
    List<PanelDecision> decisions = requests.stream().flatMap(r -> r.decision().stream()).toList();
    return ExactFigures.count(
        "Requests decided",
        "Decision",
        period,
        Arrays.stream(DecisionOutcome.values()).map(Enum::name).toList(),
        decisions,
        PanelDecision::decidedOn,
        decision -> decision.outcome().name());
  }

  private static ExactFigures reviews(ReportingPeriod period, List<FundingRequest> requests) {
    List<Review> reviews = requests.stream().flatMap(r -> r.review().stream()).toList();
    return ExactFigures.count(
        "Reviews asked for",
        "Outcome",
        period,
        List.of("UPHELD", "REFERRED_BACK", "NOT_YET_DECIDED"),
        reviews,
        Review::requestedOn,
        review -> review.outcome().map(Enum::name).orElse("NOT_YET_DECIDED"));
  }

  /** The median working days from a complete request to a decision made in the period. */
  private static Double median(
      ReportingPeriod period, List<FundingRequest> requests, WorkingDayCalendar calendar) {
    List<Integer> days =
        requests.stream()
            .filter(r -> r.completeOn().isPresent() && r.decision().isPresent())
            .filter(r -> period.contains(r.decision().orElseThrow().decidedOn()))
            .map(
                r ->
                    calendar.workingDaysBetween(
                        r.completeOn().orElseThrow(), r.decision().orElseThrow().decidedOn()))
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    if (days.isEmpty()) {
      return null;
    }
    int middle = days.size() / 2;
    OptionalDouble median =
        days.size() % 2 == 1
            ? OptionalDouble.of(days.get(middle))
            : OptionalDouble.of((days.get(middle - 1) + days.get(middle)) / 2.0);
    return median.getAsDouble();
  }
}
