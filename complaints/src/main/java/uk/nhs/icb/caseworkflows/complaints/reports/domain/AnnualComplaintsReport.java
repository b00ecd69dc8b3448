package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * The annual complaints report of regulation 18 for a financial year, as the ICB may publish it:
 * the numbers (received, decided well-founded, referred to the Ombudsman), the subject matter, the
 * matters of general importance arising from the complaints and how they were handled, and the
 * action taken or to be taken to improve services. Every count through the small-number rule.
 *
 * <p>Matters of general importance are drawn from the records, not written: how promptly complaints
 * were acknowledged and answered, what the Ombudsman decided, and the subjects of the complaints
 * found well-founded. A commentary by the ICB is not part of it (see docs/reports.md).
 */
public record AnnualComplaintsReport(
    AnnualComplaintsFigures figures,
    GoverningBodyFigures handling,
    PublishedFigures wellFoundedBySubject,
    PublishedCount actionsInAll,
    PublishedCount actionsDone,
    List<ImprovementAction> actions) {

  public AnnualComplaintsReport {
    actions = List.copyOf(actions);
  }

  /**
   * The report of {@code year}; {@code actions} are those opened or done in the year, already
   * redacted.
   */
  public static AnnualComplaintsReport of(
      ReportingPeriod year,
      java.time.LocalDate asOf,
      Collection<ComplaintForReport> complaints,
      CodeLabels subjectLabels,
      CodeLabels serviceAreaLabels,
      GoverningBodyFigures.OmbudsmanCounts ombudsman,
      List<ImprovementAction> actions) {
    List<ComplaintForReport> all = new ArrayList<>(complaints);
    AnnualComplaintsFigures figures =
        AnnualComplaintsFigures.of(year, all, subjectLabels, OptionalLong.of(ombudsman.referred()));
    List<ComplaintForReport> wellFoundedInYear =
        all.stream()
            .filter(c -> c.decidedOn() != null && year.contains(c.decidedOn()))
            .filter(ComplaintForReport::wellFounded)
            .toList();
    PublishedFigures wellFoundedBySubject =
        GoverningBodyFigures.byCode(
            "Complaints decided well-founded, by subject",
            "Subject",
            year,
            wellFoundedInYear,
            ComplaintForReport::subjects,
            subjectLabels);
    long done = actions.stream().filter(ImprovementAction::isDone).count();
    return new AnnualComplaintsReport(
        figures,
        GoverningBodyFigures.of(year, asOf, all, subjectLabels, serviceAreaLabels, ombudsman),
        wellFoundedBySubject,
        PublishedCount.of(actions.size()),
        PublishedCount.of(done),
        actions);
  }

  /**
   * The actions the report lists one by one: all of them, unless there are 1 to 7, when listing
   * them would publish the suppressed count (and with so few, an action may point at a complaint).
   */
  public List<ImprovementAction> actionsListed() {
    return actionsInAll.isSuppressed() ? List.of() : actions;
  }

  public ReportingPeriod year() {
    return figures.year();
  }
}
