package uk.nhs.icb.caseworkflows.ifr.web;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.Created;
import uk.nhs.icb.caseworkflows.ifr.application.PanelMeetingPlanning;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;

/**
 * The IFR panel's meetings: scheduled with an agenda of ready requests and chair's actions to note,
 * attendance with roles, declared conflicts, and the anonymised pack the panel decides from.
 */
@Path("ifr-panel-meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IFR_COORDINATOR, Roles.IFR_PANEL})
@Tag(name = "IFR panel", description = "IFR panel meetings and their anonymised papers")
public class PanelMeetingResource {

  @Inject PanelMeetingPlanning planning;
  @Inject PanelPack pack;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Every panel meeting, the latest first")
  public List<MeetingView> all() {
    return planning.all().stream().map(MeetingView::of).toList();
  }

  @POST
  @Operation(summary = "Schedule a meeting; its agenda is every request ready for the panel")
  public Response schedule(@NotNull @Valid IfrRequests.Meeting request) {
    PanelMeeting meeting = planning.schedule(request.date());
    return Created.at(uri.getAbsolutePathBuilder(), meeting.id(), meeting(meeting.id()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A meeting with its agenda, members and conflicts")
  public MeetingView meeting(@PathParam("id") String id) {
    return MeetingView.of(planning.find(id));
  }

  @POST
  @Path("{id}/attendance")
  @Operation(summary = "Who attended and in which role")
  public MeetingView recordAttendance(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.Attendance request) {
    planning.recordAttendance(id, request.version(), IfrInput.members(request.members()));
    return meeting(id);
  }

  @POST
  @Path("{id}/conflicts")
  @Operation(summary = "A member's declared interest in a request: they do not count to its quorum")
  public MeetingView declareConflict(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.Conflict request) {
    planning.declareConflict(
        id, request.version(), request.memberName(), request.requestId(), request.interest());
    return meeting(id);
  }

  @POST
  @Path("{id}/chairs-actions-noted")
  @Operation(summary = "The meeting notes the chair's actions on its agenda")
  public MeetingView noteChairsActions(@PathParam("id") String id) {
    planning.noteChairsActions(id);
    return meeting(id);
  }

  @GET
  @Path("{id}/pack")
  @Operation(summary = "The meeting's papers: each request with no identity of the patient")
  public List<PanelPack.PackItem> pack(@PathParam("id") String id) {
    return pack.forMeeting(id);
  }
}
