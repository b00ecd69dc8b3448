package uk.nhs.icb.caseworkflows.ifr.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.figures.web.ReportPeriodQuery;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.FieldInput;
import uk.nhs.icb.caseworkflows.ifr.application.IfrFigures;

/** The annual IFR report's figures for a period (the current financial year unless given). */
@Path("ifr-figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IFR_COORDINATOR, Roles.IFR_PANEL})
@Tag(name = "IFR", description = "Individual funding requests")
public class IfrFiguresResource {

  /** One table: its title, what its rows are, and the exact count of each. */
  public record Table(String title, String category, Map<String, Long> counts, long total) {}

  public record FiguresView(
      String period,
      LocalDate from,
      LocalDate to,
      List<Table> tables,
      Double medianWorkingDaysToDecision) {}

  @Inject IfrFigures figures;
  @Inject Clock clock;

  @GET
  @Operation(
      summary =
          "Received, screened out by reason, decided, reviews and the median days to decision")
  public FiguresView figures(@QueryParam("from") String from, @QueryParam("to") String to) {
    ReportingPeriod thisYear =
        ReportingPeriod.financialYearOf(LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)));
    ReportingPeriod period =
        FieldInput.field(
            "from", () -> ReportPeriodQuery.read(bounded(from), bounded(to), thisYear));
    IfrFigures.Report report = figures.of(period);
    return new FiguresView(
        period.label(),
        period.from(),
        period.to(),
        report.tables().stream()
            .map(
                table ->
                    new Table(
                        table.heading().title(),
                        table.heading().categoryHeading(),
                        table.counts(),
                        table.counts().values().stream().mapToLong(Long::longValue).sum()))
            .toList(),
        report.medianWorkingDaysToDecision());
  }

  /** A date is ten characters; anything far longer is refused before it is parsed. */
  private static String bounded(String value) {
    FieldInput.require(value == null || value.length() <= 20, "from", "is not a date");
    return value;
  }
}
