package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedPercentage;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;

/**
 * The figures of the governing body's report for a period, every one through the NHS small-number
 * rule: complaints received (in all and by month), how many were acknowledged within 3 working days
 * and answered by the date agreed, outcomes, subjects, service areas, and referrals to the
 * Ombudsman with its decisions. Only published counts and shares leave this class.
 *
 * <p>Timeliness counts the complaints whose date <em>fell due</em> in the period: acknowledged by
 * it is in time; acknowledged after it, or not acknowledged when it has passed ({@code asOf}), is
 * late; one still not due is not counted. Responses the same against the date agreed with the
 * complainant. A complaint closed before the date (withdrawn, transferred) has no date due.
 */
public record GoverningBodyFigures(
    ReportingPeriod period,
    PublishedCount received,
    PublishedFigures receivedByMonth,
    PublishedFigures acknowledgements,
    PublishedPercentage acknowledgedInTime,
    PublishedFigures responses,
    PublishedPercentage respondedInTime,
    PublishedFigures outcomes,
    PublishedFigures subjects,
    PublishedFigures serviceAreas,
    PublishedFigures ombudsman) {

  public static final String ACKNOWLEDGED_IN_TIME = "Acknowledged within 3 working days";
  public static final String ACKNOWLEDGED_LATE = "Acknowledged later, or not yet";
  public static final String RESPONDED_IN_TIME = "Answered by the agreed date";
  public static final String RESPONDED_LATE = "Answered later, or not yet";
  public static final String REFERRED = "Referred to the Ombudsman in the period";

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** What the Ombudsman did in the period, counted by the complaints area (exact counts). */
  public record OmbudsmanCounts(long referred, Map<OmbudsmanDecision, Long> decided) {}

  public static GoverningBodyFigures of(
      ReportingPeriod period,
      LocalDate asOf,
      Collection<ComplaintForReport> complaints,
      CodeLabels subjectLabels,
      CodeLabels serviceAreaLabels,
      OmbudsmanCounts ombudsman) {
    List<ComplaintForReport> received =
        complaints.stream().filter(c -> period.contains(c.receivedOn())).toList();
    ExactFigures byMonth =
        ExactFigures.count(
            "Complaints received by month",
            "Month",
            period,
            months(period),
            received,
            ComplaintForReport::receivedOn,
            c -> MONTH.format(c.receivedOn()));
    List<ComplaintForReport> ackDue =
        due(
            complaints,
            period,
            asOf,
            ComplaintForReport::acknowledgementDue,
            c -> c.acknowledgedOn() != null);
    long ackInTime = ackDue.stream().filter(ComplaintForReport::acknowledgedInTime).count();
    List<ComplaintForReport> responseDue =
        due(
            complaints,
            period,
            asOf,
            ComplaintForReport::responseDue,
            c -> c.respondedOn() != null);
    long respondedInTime = responseDue.stream().filter(ComplaintForReport::respondedInTime).count();
    return new GoverningBodyFigures(
        period,
        PublishedCount.of(received.size()),
        byMonth.published(),
        twoRows(
            "Acknowledgements due in the period",
            "Acknowledgement",
            period,
            ACKNOWLEDGED_IN_TIME,
            ackInTime,
            ACKNOWLEDGED_LATE,
            ackDue.size() - ackInTime),
        PublishedPercentage.of(ackInTime, ackDue.size()),
        twoRows(
            "Responses due in the period",
            "Response",
            period,
            RESPONDED_IN_TIME,
            respondedInTime,
            RESPONDED_LATE,
            responseDue.size() - respondedInTime),
        PublishedPercentage.of(respondedInTime, responseDue.size()),
        outcomes(period, complaints),
        byCode(
            "Complaints received by subject",
            "Subject",
            period,
            received,
            ComplaintForReport::subjects,
            subjectLabels),
        byCode(
            "Complaints received by service area",
            "Service area",
            period,
            received,
            ComplaintForReport::serviceAreas,
            serviceAreaLabels),
        ombudsman(period, ombudsman));
  }

  /** Every month the period touches, named as the chart and table print it ("April 2026"). */
  static List<String> months(ReportingPeriod period) {
    List<String> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(period.from());
        !month.isAfter(YearMonth.from(period.to()));
        month = month.plusMonths(1)) {
      months.add(MONTH.format(month));
    }
    return months;
  }

  private static List<ComplaintForReport> due(
      Collection<ComplaintForReport> complaints,
      ReportingPeriod period,
      LocalDate asOf,
      Function<ComplaintForReport, LocalDate> dueOf,
      Predicate<ComplaintForReport> done) {
    return complaints.stream()
        .filter(c -> dueOf.apply(c) != null && period.contains(dueOf.apply(c)))
        .filter(c -> done.test(c) || dueOf.apply(c).isBefore(asOf))
        .toList();
  }

  private static PublishedFigures twoRows(
      String title,
      String heading,
      ReportingPeriod period,
      String first,
      long firstCount,
      String second,
      long secondCount) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(first, firstCount);
    counts.put(second, secondCount);
    return ExactFigures.of(title, heading, period, List.of(first, second), counts).published();
  }

  private static PublishedFigures outcomes(
      ReportingPeriod period, Collection<ComplaintForReport> complaints) {
    List<ComplaintForReport> decided =
        complaints.stream().filter(c -> c.decidedOn() != null && c.outcome() != null).toList();
    return ExactFigures.count(
            "Outcomes of complaints decided in the period",
            "Outcome",
            period,
            List.of(
                outcomeWords(IssueOutcome.UPHELD),
                outcomeWords(IssueOutcome.PARTIALLY_UPHELD),
                outcomeWords(IssueOutcome.NOT_UPHELD)),
            decided,
            ComplaintForReport::decidedOn,
            c -> outcomeWords(c.outcome()))
        .published();
  }

  static String outcomeWords(IssueOutcome outcome) {
    return switch (outcome) {
      case UPHELD -> "Upheld";
      case PARTIALLY_UPHELD -> "Partially upheld";
      case NOT_UPHELD -> "Not upheld";
    };
  }

  /**
   * A complaint about several subjects counts once under each (the KO41a way), so the rows may add
   * up to more than the complaints received.
   */
  static PublishedFigures byCode(
      String title,
      String heading,
      ReportingPeriod period,
      List<ComplaintForReport> received,
      Function<ComplaintForReport, List<String>> codesOf,
      CodeLabels labels) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ComplaintForReport complaint : received) {
      for (String code : codesOf.apply(complaint)) {
        counts.merge(labels.labelOf(code), 1L, Long::sum);
      }
    }
    return ExactFigures.of(title, heading, period, labels.inOrder(), counts).published();
  }

  private static PublishedFigures ombudsman(ReportingPeriod period, OmbudsmanCounts counts) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(REFERRED, counts.referred());
    for (OmbudsmanDecision decision : OmbudsmanDecision.values()) {
      rows.put(ombudsmanWords(decision), counts.decided().getOrDefault(decision, 0L));
    }
    return ExactFigures.of(
            "The Parliamentary and Health Service Ombudsman",
            "In the period",
            period,
            List.copyOf(rows.keySet()),
            rows)
        .published();
  }

  static String ombudsmanWords(OmbudsmanDecision decision) {
    String words = decision.words();
    return "Ombudsman decided: " + words;
  }
}
