package uk.nhs.icb.caseworkflows.complaints.reports.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.FieldInput;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ComplaintReports;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ComplaintReports.IssuedDocument;
import uk.nhs.icb.caseworkflows.complaints.reports.application.GoverningBodyReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.GoverningBodyFigures;

/**
 * The governing body's complaints reports: the period's published figures and stories as JSON, the
 * same as a PDF/A-2a, and the annual complaints report (regulation 18) as a PDF/A-2a. For the
 * governing body and the complaints manager; every figure already through the small-number rule, no
 * case id or reference anywhere.
 */
@Path("complaint-reports")
@RequestScoped
@RolesAllowed({Roles.GOVERNING_BODY, Roles.COMPLAINTS_MANAGER})
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class ComplaintReportsResource {

  static final String PDF = "application/pdf";

  /** A published table: category to the count as shown ("0", "*", "15"), and its total. */
  public record TableView(String title, Map<String, String> rows, String total) {}

  /** A published story: its own id (never a complaint's), the three redacted parts. */
  public record StoryView(
      String storyId,
      String concern,
      String improvements,
      String procedure,
      LocalDate publishedOn) {}

  public record ReportView(
      String period,
      LocalDate from,
      LocalDate to,
      String received,
      String acknowledgedInTime,
      String respondedInTime,
      List<TableView> tables,
      boolean storiesAvailable,
      List<StoryView> stories) {}

  @Inject ComplaintReports reports;
  @Inject Clock clock;

  @GET
  @Path("governing-body")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The governing body's complaints report for a period (from, to; the last complete"
              + " quarter without them): published figures and the period's published stories")
  public ReportView report(@QueryParam("from") String from, @QueryParam("to") String to) {
    GoverningBodyReport report = reports.view(period(from, to));
    GoverningBodyFigures figures = report.figures();
    return new ReportView(
        figures.period().label(),
        figures.period().from(),
        figures.period().to(),
        figures.received().shown(),
        figures.acknowledgedInTime().shown(),
        figures.respondedInTime().shown(),
        List.of(
                figures.receivedByMonth(),
                figures.acknowledgements(),
                figures.responses(),
                figures.outcomes(),
                figures.subjects(),
                figures.serviceAreas(),
                figures.ombudsman())
            .stream()
            .map(ComplaintReportsResource::table)
            .toList(),
        report.stories().isPresent(),
        report.stories().orElse(List.of()).stream()
            .map(
                story ->
                    new StoryView(
                        story.storyId(),
                        story.concern(),
                        story.improvements(),
                        story.procedure(),
                        story.publishedOn()))
            .toList());
  }

  @GET
  @Path("governing-body/pdf")
  @Produces(PDF)
  @Operation(
      summary =
          "The governing body's complaints report for a period as PDF/A-2a, recorded as issued"
              + " with the stories it carries")
  public Response reportPdf(@QueryParam("from") String from, @QueryParam("to") String to) {
    return pdf(reports.issueGoverningBodyReport(period(from, to)));
  }

  @GET
  @Path("annual/pdf")
  @Produces(PDF)
  @Operation(
      summary =
          "The annual complaints report (regulation 18) of a financial year (year = the year it"
              + " starts in; the last complete one without it) as PDF/A-2a")
  public Response annualPdf(@QueryParam("year") String year) {
    return pdf(
        reports.issueAnnualReport(
            FieldInput.field("year", () -> ReportPeriods.financialYear(year, today()))));
  }

  static Response pdf(IssuedDocument document) {
    return Response.ok(document.pdf(), PDF)
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
        .build();
  }

  private ReportingPeriod period(String from, String to) {
    FieldInput.require(from == null || from.length() <= 20, "from", "is not a date");
    FieldInput.require(to == null || to.length() <= 20, "to", "is not a date");
    return FieldInput.field("from", () -> ReportPeriods.period(from, to, today()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ReportingPeriod.UK));
  }

  private static TableView table(PublishedFigures figures) {
    Map<String, String> rows = new LinkedHashMap<>();
    figures.counts().forEach((category, count) -> rows.put(category, count.shown()));
    return new TableView(figures.heading().title(), rows, figures.total().shown());
  }
}
