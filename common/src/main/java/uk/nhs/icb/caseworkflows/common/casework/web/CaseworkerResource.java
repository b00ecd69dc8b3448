package uk.nhs.icb.caseworkflows.common.casework.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The caseworker of any case type. Who may see a given case is the case module's rule; who may
 * reassign is the case type's manager role, checked again in the application layer. A new
 * workflow's manager role joins the reassignment's annotation when its team is registered.
 */
@Path("cases/{type}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Casework", description = "Who works a case, and its reassignment by a manager")
public class CaseworkerResource {

  private final CaseAssignments assignments;
  private final CurrentCaller caller;

  @Inject
  public CaseworkerResource(CaseAssignments assignments, CurrentCaller caller) {
    this.assignments = assignments;
    this.caller = caller;
  }

  protected CaseworkerResource() {
    this(null, null);
  }

  @GET
  @Path("caseworker")
  @RolesAllowed(Roles.ANY_CASE_WORKER)
  @Operation(summary = "The case's caseworker (null while nobody has it) and its history")
  public CaseworkViews.Assignment caseworker(
      @PathParam("type") String type, @PathParam("id") String id) {
    return CaseworkViews.Assignment.of(assignments.of(caller.get(), type, id));
  }

  @POST
  @Path("reassignment")
  @RolesAllowed(Roles.COMPLAINTS_MANAGER)
  @Operation(summary = "A manager moves the case, and its open tasks, to another caseworker")
  public CaseworkViews.Assignment reassign(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @NotNull CaseworkViews.Reassign request) {
    return CaseworkViews.Assignment.of(assignments.reassign(type, id, request.toRequest()));
  }
}
