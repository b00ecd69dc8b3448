package uk.nhs.icb.caseworkflows.complaints.stories.web;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryConsent;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryDrafting;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryReading;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryReviewing;

/**
 * Service-user stories: consent answers, withdrawal, the draft (redacted as it is saved) and the
 * two reviews. The original text is the complaints team's and the Caldicott Guardian's only; the
 * governing body reads published stories through its reports, never here.
 */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER, Roles.CALDICOTT_GUARDIAN})
@Tag(name = "Stories", description = "Anonymised service-user stories for the governing body")
public class StoryResource {

  @Inject StoryReading reading;
  @Inject StoryConsent consent;
  @Inject StoryDrafting drafting;
  @Inject StoryReviewing reviewing;

  @GET
  @Operation(summary = "Stories under way or published, newest first (no text)")
  public List<StoryView.Listed> list() {
    return reading.current().stream().map(StoryView.Listed::of).toList();
  }

  @GET
  @Path("{storyId}")
  @Operation(
      summary = "One story: consent, the original draft beside its redaction, warnings, reviews")
  public StoryView read(@PathParam("storyId") String storyId) {
    return StoryView.of(reading.of(storyId));
  }

  @POST
  @Path("{storyId}/consent-answers")
  @RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
  @Operation(
      summary = "Record one person's answer to the letter asking consent: GIVEN or REFUSED",
      description =
          "No reply is recorded by the process when the reply period after the one reminder runs"
              + " out. 400 naming person or answer; 409 when the story no longer waits for consent"
              + " or the version is stale.")
  public StoryView answer(
      @PathParam("storyId") String storyId, @NotNull @Valid StoryRequests.ConsentAnswered request) {
    consent.answer(storyId, request.askedPerson(), request.parsedAnswer(), request.version());
    return read(storyId);
  }

  @POST
  @Path("{storyId}/withdrawal")
  @RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
  @Operation(
      summary =
          "Consent withdrawn: the story stops, or is unpublished and kept out of every"
              + " future report")
  public StoryView withdraw(
      @PathParam("storyId") String storyId, @NotNull @Valid StoryRequests.Withdrawal request) {
    consent.withdraw(storyId, request.version());
    return read(storyId);
  }

  @POST
  @Path("{storyId}/draft")
  @RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
  @Operation(
      summary = "Write the three parts; each is redacted as it is saved and goes to review",
      description = "400 naming concern, improvements or procedure when one is empty or too long.")
  public StoryView draft(
      @PathParam("storyId") String storyId, @NotNull @Valid StoryRequests.Draft request) {
    drafting.draft(
        storyId, request.concern(), request.improvements(), request.procedure(), request.version());
    return read(storyId);
  }

  @POST
  @Path("{storyId}/reviews")
  @RolesAllowed({Roles.COMPLAINTS_MANAGER, Roles.CALDICOTT_GUARDIAN})
  @Operation(
      summary =
          "Approve or return the redacted story: a complaints manager, then the Caldicott"
              + " Guardian",
      description =
          "A return needs comments (400 naming comments). The Caldicott Guardian's approval"
              + " publishes it; publication is refused naming approvals or consent without both"
              + " approvals and consent in force.")
  public StoryView review(
      @PathParam("storyId") String storyId, @NotNull @Valid StoryRequests.ReviewDecision request) {
    reviewing.review(storyId, request.isApproved(), request.comments(), request.version());
    return read(storyId);
  }
}
