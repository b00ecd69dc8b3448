package uk.nhs.icb.caseworkflows.complaints.reports.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.reports.application.WithdrawnStoryReports;

/** For the IG officer: the issued reports that carried a story withdrawn after publication. */
@Path("withdrawn-story-reports")
@RequestScoped
@RolesAllowed(Roles.IG_OFFICER)
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class WithdrawnStoryReportsResource {

  public record RecallView(
      String reportId,
      String report,
      String period,
      Instant issuedAt,
      String issuedBy,
      String storyId,
      Instant withdrawnAt) {}

  /** {@code storiesAvailable} is false when no stories area is deployed. */
  public record RecallsView(boolean storiesAvailable, List<RecallView> recalls) {}

  @Inject WithdrawnStoryReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Reports already issued that carried a story whose consent was withdrawn after"
              + " publication, most recent report first; ig-officer only")
  public RecallsView recalls() {
    var recalls = reports.recalls();
    return new RecallsView(
        recalls.isPresent(),
        recalls.orElse(List.of()).stream()
            .map(
                recall ->
                    new RecallView(
                        recall.reportId(),
                        recall.kind().title(),
                        recall.period(),
                        recall.issuedAt(),
                        recall.issuedBy(),
                        recall.storyId(),
                        recall.withdrawnAt()))
            .toList());
  }
}
