package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * The figures regulation 18 of the NHS complaints regulations asks of the annual complaints report,
 * as the ICB may publish them: complaints received in the year, those it decided in the year were
 * well-founded, those referred to the Ombudsman, and the subject matter of those received, each
 * through the NHS small-number rule ({@link PublishedCount}).
 *
 * <p>The count of referrals to the Ombudsman is an {@code OptionalLong}: a caller that has no count
 * passes it empty, and the report says it is not available, rather than printing a 0 nobody
 * counted. The annual report passes the count of {@code OmbudsmanFigures}.
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
    Map<String, String> asThemselves = new LinkedHashMap<>();
    subjectCodes.forEach(code -> asThemselves.put(code, code));
    return of(year, complaints, new CodeLabels(asThemselves), referredToOmbudsman);
  }

  /** The same, with the subjects under their labels in the code list's order. */
  public static AnnualComplaintsFigures of(
      ReportingPeriod year,
      List<ComplaintForReport> complaints,
      CodeLabels subjectLabels,
      OptionalLong referredToOmbudsman) {
    long received = complaints.stream().filter(c -> year.contains(c.receivedOn())).count();
    long wellFounded =
        complaints.stream()
            .filter(c -> c.decidedOn() != null && year.contains(c.decidedOn()))
            .filter(ComplaintForReport::wellFounded)
            .count();
    List<ComplaintForReport> receivedInYear =
        complaints.stream().filter(c -> year.contains(c.receivedOn())).toList();
    return new AnnualComplaintsFigures(
        year,
        PublishedCount.of(received),
        PublishedCount.of(wellFounded),
        referredToOmbudsman,
        GoverningBodyFigures.byCode(
            "Complaints received by subject",
            "Subject",
            year,
            receivedInYear,
            ComplaintForReport::subjects,
            subjectLabels));
  }

  /** The referrals as published, or empty while the count is not available. */
  public java.util.Optional<PublishedCount> referredToOmbudsman() {
    return referredToOmbudsmanExact.isPresent()
        ? java.util.Optional.of(PublishedCount.of(referredToOmbudsmanExact.getAsLong()))
        : java.util.Optional.empty();
  }
}
