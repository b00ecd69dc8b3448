package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintBreaches;

/** The complaints manager's breaches view: the deadlines open complaints missed. */
@Path("complaint-breaches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPLAINTS_MANAGER)
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class ComplaintBreachesResource {

  @Inject ComplaintBreaches breaches;

  /** One missed deadline, as escalated: what, the day it fell on, when it was escalated. */
  public record BreachView(
      String complaintId,
      String reference,
      String status,
      String breach,
      String description,
      LocalDate dueOn,
      Instant escalatedAt,
      LocalDate responseDue) {}

  public record BreachesView(List<BreachView> breaches) {}

  @GET
  @Operation(
      summary =
          "Deadlines missed by open complaints (acknowledgement, provider's answer, response"
              + " date), most recently escalated first; complaints-manager only")
  public BreachesView breaches() {
    return new BreachesView(
        breaches.ofOpenComplaints().stream()
            .map(
                breach ->
                    new BreachView(
                        breach.complaintId(),
                        breach.reference(),
                        breach.status().name(),
                        breach.kind().name(),
                        breach.description(),
                        breach.dueOn(),
                        breach.escalatedAt(),
                        breach.responseDue()))
            .toList());
  }
}
