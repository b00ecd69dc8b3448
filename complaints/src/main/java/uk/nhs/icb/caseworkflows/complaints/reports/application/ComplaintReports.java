package uk.nhs.icb.caseworkflows.complaints.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.coding.domain.Code;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.application.OmbudsmanFigures;
import uk.nhs.icb.caseworkflows.complaints.domain.NationalReturnCodes;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.AnnualComplaintsReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.CodeLabels;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.GoverningBodyFigures;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReports;

/**
 * The governing body's reports about complaints, one public method per thing a reader does: view a
 * period's report, take it as a PDF, take the annual complaints report (regulation 18) as a PDF.
 * Each is one transaction, audited (the period only, never a figure or a story). A PDF that leaves
 * the system is recorded with the stories it carried, so a story withdrawn later can be traced to
 * every copy ({@link WithdrawnStoryReports}).
 *
 * <p>The governing body and the complaints manager (who prepares the board's papers) may read them;
 * nobody else.
 */
@ApplicationScoped
public class ComplaintReports {

  /** Who may read the reports. */
  public static final Set<String> READERS = Set.of(Roles.GOVERNING_BODY, Roles.COMPLAINTS_MANAGER);

  static final String CASE_TYPE = "complaint-report";

  /** A document issued: its bytes and the file name it downloads as. */
  public record IssuedDocument(byte[] pdf, String fileName) {}

  private final ComplaintsForReports complaints;
  private final OmbudsmanFigures ombudsman;
  private final PublishedStories stories;
  private final IssuedReports issued;
  private final ReportDocuments documents;
  private final NationalReturnCodes codes;
  private final Letterhead letterhead;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;
  private final Clock clock;

  @Inject
  public ComplaintReports(
      ComplaintsForReports complaints,
      OmbudsmanFigures ombudsman,
      PublishedStories stories,
      IssuedReports issued,
      ReportDocuments documents,
      NationalReturnCodes codes,
      Letterhead letterhead,
      AuditTrail auditTrail,
      CurrentCaller caller,
      Clock clock) {
    this.complaints = complaints;
    this.ombudsman = ombudsman;
    this.stories = stories;
    this.issued = issued;
    this.documents = documents;
    this.codes = codes;
    this.letterhead = letterhead;
    this.auditTrail = auditTrail;
    this.caller = caller;
    this.clock = clock;
  }

  protected ComplaintReports() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  /** The period's report as the page shows it; the viewing audited. */
  @Transactional
  public GoverningBodyReport view(ReportingPeriod period) {
    requireReader();
    GoverningBodyReport report = report(period);
    auditTrail.record(
        AuditEntry.read("GOVERNING_BODY_REPORT_VIEWED", CASE_TYPE, null, detail(period, report)));
    return report;
  }

  /** The period's report as a PDF/A-2a, recorded as issued with the stories it carries. */
  @Transactional
  public IssuedDocument issueGoverningBodyReport(ReportingPeriod period) {
    Caller reader = requireReader();
    GoverningBodyReport report = report(period);
    byte[] pdf = documents.governingBodyReport(ReportModel.of(report), letterhead.name(), today());
    IssuedReport record =
        IssuedReport.issued(
            IssuedReport.Kind.GOVERNING_BODY, period, report.storyIds(), now(), reader.name());
    issued.add(record);
    auditTrail.record(
        AuditEntry.read(
            "GOVERNING_BODY_REPORT_ISSUED", CASE_TYPE, record.id(), detail(period, report)));
    return new IssuedDocument(pdf, "complaints-report-" + fileLabel(period) + ".pdf");
  }

  /** The annual complaints report of {@code year} as a PDF/A-2a, recorded as issued. */
  @Transactional
  public IssuedDocument issueAnnualReport(ReportingPeriod year) {
    Caller reader = requireReader();
    AnnualComplaintsReport report = annual(year);
    byte[] pdf = documents.annualReport(ReportModel.of(report), letterhead.name(), today());
    IssuedReport record =
        IssuedReport.issued(IssuedReport.Kind.ANNUAL, year, List.of(), now(), reader.name());
    issued.add(record);
    auditTrail.record(
        AuditEntry.read("ANNUAL_COMPLAINTS_REPORT_ISSUED", CASE_TYPE, record.id(), year.label()));
    return new IssuedDocument(pdf, "annual-complaints-report-" + fileLabel(year) + ".pdf");
  }

  GoverningBodyReport report(ReportingPeriod period) {
    return new GoverningBodyReport(
        GoverningBodyFigures.of(
            period,
            today(),
            complaints.receivedBefore(period),
            labels(NationalReturnCodes.SUBJECT),
            labels(NationalReturnCodes.SERVICE_AREA),
            ombudsmanIn(period)),
        stories.in(period));
  }

  AnnualComplaintsReport annual(ReportingPeriod year) {
    return AnnualComplaintsReport.of(
        year,
        today(),
        complaints.receivedBefore(year),
        labels(NationalReturnCodes.SUBJECT),
        labels(NationalReturnCodes.SERVICE_AREA),
        ombudsmanIn(year),
        complaints.improvementActionsIn(year));
  }

  private GoverningBodyFigures.OmbudsmanCounts ombudsmanIn(ReportingPeriod period) {
    OmbudsmanFigures.InPeriod counted = ombudsman.of(period);
    return new GoverningBodyFigures.OmbudsmanCounts(counted.referred(), counted.decided());
  }

  private CodeLabels labels(String list) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Code code : codes.list(list).codes()) {
      labels.put(code.code(), code.label());
    }
    return new CodeLabels(labels);
  }

  private Caller requireReader() {
    Caller current = caller.get();
    if (!current.hasAnyRole(READERS)) {
      throw new ForbiddenProblem(
          "Only the governing body and the complaints manager read the complaints reports.");
    }
    return current;
  }

  private static String detail(ReportingPeriod period, GoverningBodyReport report) {
    return period.label() + "; stories " + report.storyIds().size();
  }

  private static String fileLabel(ReportingPeriod period) {
    return period.from() + "-to-" + period.to();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ReportingPeriod.UK));
  }

  private Instant now() {
    return clock.instant();
  }
}
