package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.application.AfterResponseReading;
import uk.nhs.icb.caseworkflows.complaints.application.FurtherResolution;
import uk.nhs.icb.caseworkflows.complaints.application.LearningActions;
import uk.nhs.icb.caseworkflows.complaints.application.OmbudsmanReview;
import uk.nhs.icb.caseworkflows.complaints.application.StaffSupport;

/**
 * What happens to a complaint after its response: reopening for a further response, the actions
 * promised, the Ombudsman's referral and decision, and staff told of the complaint. Its own
 * resource beside {@link ComplaintResource}; every answer is the after-response part of the file.
 */
@Path("complaints/{id}/after-response")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class AfterResponseResource {

  @Inject AfterResponseReading reading;
  @Inject FurtherResolution furtherResolution;
  @Inject LearningActions actions;
  @Inject OmbudsmanReview ombudsman;
  @Inject StaffSupport staff;

  @GET
  @Operation(
      summary =
          "Further responses, actions promised (open or done), Ombudsman referrals and staff told")
  public AfterResponseView read(@PathParam("id") String id) {
    return AfterResponseView.of(id, reading.of(id));
  }

  @POST
  @Path("reopening")
  @Operation(
      summary = "Reopen an answered complaint for a further response",
      description =
          "Stops the retention clock, writes to the complainant and opens the further-response"
              + " step; furtherResponseDue defaults to the response period from today. 409 unless"
              + " the complaint has had its response.")
  public AfterResponseView reopen(
      @PathParam("id") String id, @NotNull @Valid AfterResponseRequests.Reopening request) {
    furtherResolution.reopen(id, request.unresolved(), request.furtherResponseDue());
    return read(id);
  }

  @POST
  @Path("further-response")
  @Operation(summary = "Send the further response; the complaint closes again")
  public AfterResponseView sendFurtherResponse(
      @PathParam("id") String id,
      @NotNull @Valid AfterResponseRequests.FurtherResponseSent request) {
    furtherResolution.send(id, request.summary());
    return read(id);
  }

  @POST
  @Path("actions/{actionId}/completion")
  @Operation(summary = "Record an action promised after the complaint as done")
  public AfterResponseView completeAction(
      @PathParam("id") String id,
      @PathParam("actionId") String actionId,
      @NotNull @Valid AfterResponseRequests.ActionDone request) {
    actions.complete(id, actionId, request.note());
    return read(id);
  }

  @POST
  @Path("ombudsman-referrals")
  @Operation(summary = "Record that the complaint was referred to the Ombudsman")
  public AfterResponseView refer(
      @PathParam("id") String id, @NotNull @Valid AfterResponseRequests.Referral request) {
    ombudsman.refer(id, request.referredOn(), request.ombudsmanReference());
    return read(id);
  }

  @POST
  @Path("ombudsman-referrals/{referralId}/decision")
  @Operation(
      summary = "Record the Ombudsman's decision; each recommendation becomes a tracked action")
  public AfterResponseView decide(
      @PathParam("id") String id,
      @PathParam("referralId") String referralId,
      @NotNull @Valid AfterResponseRequests.Decision request) {
    ombudsman.decide(
        id,
        referralId,
        request.decision(),
        request.decidedOn(),
        request.summary(),
        request.actions());
    return read(id);
  }

  @POST
  @Path("staff-told")
  @Operation(
      summary = "Record that a member of staff named in the complaint was told and offered support")
  public AfterResponseView staffTold(
      @PathParam("id") String id, @NotNull @Valid AfterResponseRequests.StaffTold request) {
    staff.record(
        id,
        request.name(),
        request.role(),
        request.toldOn(),
        request.supportOffered(),
        request.supportAccepted());
    return read(id);
  }
}
