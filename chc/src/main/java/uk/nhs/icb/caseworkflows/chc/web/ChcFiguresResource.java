package uk.nhs.icb.caseworkflows.chc.web;

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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.chc.application.ChcFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ExactFigures;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.figures.web.CsvTable;
import uk.nhs.icb.caseworkflows.common.figures.web.ReportPeriodQuery;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.FieldInput;

/**
 * The exact figures of the quarterly CHC return to NHS England, for a quarter (the last complete
 * one unless given): for the CHC panel and the IG officer only, as JSON or as the CSV the return is
 * filled from. Nobody else sees exact figures: the governing body's page publishes them through the
 * small-number rule.
 */
@Path("chc-figures")
@RequestScoped
@RolesAllowed({Roles.CHC_PANEL, Roles.IG_OFFICER})
@Tag(name = "NHS Continuing Healthcare", description = "CHC cases from referral to closure")
public class ChcFiguresResource {

  public record FiguresView(
      String period, LocalDate from, LocalDate to, String title, Map<String, Long> counts) {}

  @Inject ChcFigures figures;
  @Inject Clock clock;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The quarterly return's exact figures: referrals, 28 days, eligibility...")
  public FiguresView figures(@QueryParam("from") String from, @QueryParam("to") String to) {
    ExactFigures exact = figures.of(period(from, to));
    ReportingPeriod period = exact.heading().period();
    return new FiguresView(
        period.label(), period.from(), period.to(), exact.heading().title(), exact.counts());
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(summary = "The quarterly return's exact figures as CSV, one measure a row")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    ExactFigures exact = figures.of(period(from, to));
    ReportingPeriod period = exact.heading().period();
    // Measures of different things: no total row, unlike a table of one count by category.
    CsvTable table = CsvTable.withHeader("Measure", period.label());
    exact.counts().forEach((measure, count) -> table.row(measure, Long.toString(count)));
    return Response.ok(table.text(), "text/csv;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .header(
            "Content-Disposition",
            "attachment; filename=\"chc-quarterly-return-"
                + period.from()
                + "-to-"
                + period.to()
                + ".csv\"")
        .build();
  }

  private ReportingPeriod period(String from, String to) {
    ReportingPeriod lastQuarter =
        ReportingPeriod.quarterOf(LocalDate.now(clock.withZone(ReportingPeriod.UK)))
            .previousQuarter();
    FieldInput.require(from == null || from.length() <= 20, "from", "is not a date");
    FieldInput.require(to == null || to.length() <= 20, "to", "is not a date");
    return FieldInput.field("from", () -> ReportPeriodQuery.read(from, to, lastQuarter));
  }
}
