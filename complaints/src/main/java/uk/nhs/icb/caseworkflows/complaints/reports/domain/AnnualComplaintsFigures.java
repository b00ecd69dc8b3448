package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.util.List;
import java.util.OptionalLong;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * The figures regulation 18 of the NHS complaints regulations asks of the annual complaints report,
 * as the ICB may publish them: complaints received in the year, those it decided in the year were
 * well-founded, those referred to the Ombudsman, and the subject matter of those received, each
 * through the NHS small-number rule ({@link PublishedCount}).
 *
 * <p>Referrals to the Ombudsman are recorded by the complaints-informing work (another branch);
 * until it is merged the count is absent and the report says it is not yet available, rather than
 * printing a 0 nobody counted.
 */
public record AnnualComplaintsFigures(
    ReportingPeriod year,
    PublishedCount received,
    PublishedCount wellFounded,
    OptionalLong referredToOmbudsmanExact,
    PublishedFigures subjects) {

  /**
   * Counts {@code complaints} for {@code year}; {@code subjectCodes} lists the subjects in order.
   */
  public static AnnualComplaintsFigures of(
      ReportingPeriod year,
      List<ComplaintForReport> complaints,
      List<String> subjectCodes,
      OptionalLong referredToOmbudsman) {
    long received = complaints.stream().filter(c -> year.contains(c.receivedOn())).count();
    long wellFounded =
        complaints.stream()
            .filter(c -> c.decidedOn() != null && year.contains(c.decidedOn()))
            .filter(ComplaintForReport::wellFounded)
            .count();
    List<SubjectOf> bySubject =
        complaints.stream()
            .flatMap(c -> c.subjects().stream().map(subject -> new SubjectOf(c, subject)))
            .toList();
    ExactFigures subjects =
        ExactFigures.count(
            "Complaints received by subject",
            "Subject",
            year,
            subjectCodes,
            bySubject,
            s -> s.complaint().receivedOn(),
            SubjectOf::subject);
    return new AnnualComplaintsFigures(
        year,
        PublishedCount.of(received),
        PublishedCount.of(wellFounded),
        referredToOmbudsman,
        subjects.published());
  }

  /** The referrals as published, or empty while the count is not available. */
  public java.util.Optional<PublishedCount> referredToOmbudsman() {
    return referredToOmbudsmanExact.isPresent()
        ? java.util.Optional.of(PublishedCount.of(referredToOmbudsmanExact.getAsLong()))
        : java.util.Optional.empty();
  }

  private record SubjectOf(ComplaintForReport complaint, String subject) {}
}
