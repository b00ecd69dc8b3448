package uk.nhs.icb.caseworkflows.chc.web;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.chc.application.CareArrangement;
import uk.nhs.icb.caseworkflows.chc.application.CareReviews;
import uk.nhs.icb.caseworkflows.chc.application.ChcClosing;
import uk.nhs.icb.caseworkflows.chc.application.ChcConsentRecording;
import uk.nhs.icb.caseworkflows.chc.application.ChcFileReading;
import uk.nhs.icb.caseworkflows.chc.application.ChcListItem;
import uk.nhs.icb.caseworkflows.chc.application.ChcReferrals;
import uk.nhs.icb.caseworkflows.chc.application.ChcSearch;
import uk.nhs.icb.caseworkflows.chc.application.ChecklistScreening;
import uk.nhs.icb.caseworkflows.chc.application.DecisionChallenges;
import uk.nhs.icb.caseworkflows.chc.application.FullAssessment;
import uk.nhs.icb.caseworkflows.chc.application.NursingCareDecisions;
import uk.nhs.icb.caseworkflows.chc.application.PanelDecision;
import uk.nhs.icb.caseworkflows.chc.domain.ChallengeStage;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCaseStatus;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralSource;
import uk.nhs.icb.caseworkflows.common.consent.domain.BestInterestsDecision;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.Created;

/**
 * NHS Continuing Healthcare cases under {@code /api/chc}: the referral, consent and capacity, the
 * Checklist and the Decision Support Tool (each saved as a draft and completed), the panel's
 * decision and the FNC decision. Nurse assessors work a case; the panel reads it and decides. Every
 * edit may send the {@code version} it was made on, and is refused (409) if the case has changed
 * since.
 */
@Path("chc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CHC_ASSESSOR, Roles.CHC_PANEL})
@Tag(name = "NHS Continuing Healthcare", description = "CHC cases from referral to closure")
public class ChcResource {

  /** The longest search text: a name or a reference. */
  private static final int SEARCH_TEXT = 200;

  @Inject ChcReferrals referrals;
  @Inject ChcConsentRecording consents;
  @Inject ChecklistScreening checklist;
  @Inject FullAssessment assessment;
  @Inject PanelDecision panel;
  @Inject NursingCareDecisions nursingCare;
  @Inject CareArrangement care;
  @Inject CareReviews reviews;
  @Inject DecisionChallenges challenges;
  @Inject ChcClosing closing;
  @Inject ChcSearch search;
  @Inject ChcFileReading reading;
  @Context UriInfo uri;

  @POST
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Take in a referral of an adult; starts the case's process")
  public Response refer(@NotNull @Valid ChcRequests.Refer request) {
    ChcCase chcCase =
        referrals.refer(
            new ChcReferrals.ReferralTaken(
                request.individual().toAffectedPerson("individual"),
                request.receivedOn(),
                request.route(),
                new ReferralSource(request.referredBy(), request.livesIn(), request.goingTo()),
                request.representative() == null
                    ? null
                    : request.representative().toParty("representative"),
                request.representativeStanding(),
                request.caseworker(),
                request.fastTrack() == null ? null : request.fastTrack().entry()));
    return Created.at(uri.getAbsolutePathBuilder(), chcCase.id(), file(chcCase.id()));
  }

  @GET
  @Operation(
      summary = "The CHC case list, newest referral first",
      description = "status, q (reference or name), page, size")
  public Page<ChcListItem> list(
      @QueryParam("status") String status,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters parameters = new QueryParameters();
    ChcSearch.Criteria criteria =
        new ChcSearch.Criteria(
            parameters.choice("status", status, ChcCaseStatus.class),
            parameters.text("q", q, SEARCH_TEXT));
    var request = parameters.page(page, size);
    parameters.throwIfInvalid();
    return search.search(criteria, request);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The CHC case: referral, consent, Checklist, DST, decision, letters")
  public ChcFileView file(@PathParam("id") String id) {
    return reading.read(id, ChcFileView::of);
  }

  @POST
  @Path("{id}/capacity-assessments")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(
      summary = "Record a capacity assessment, and a best-interests decision if one was made")
  public ChcFileView assessCapacity(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.AssessCapacity request) {
    ChcRequests.BestInterests bi = request.bestInterests();
    consents.assessCapacity(
        id,
        request.decisionInQuestion(),
        request.assessedBy(),
        request.assessedOn(),
        request.outcome(),
        bi == null
            ? null
            : new BestInterestsDecision(
                bi.decidedBy(), bi.role(), bi.consulted(), bi.reasons(), bi.decidedOn()));
    return file(id);
  }

  @POST
  @Path("{id}/consents")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Record consent to the assessment or to sharing with named family")
  public ChcFileView giveConsent(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.GiveConsent request) {
    consents.recordConsent(
        id, request.purpose(), request.givenAs(), request.method(), request.givenAt());
    return file(id);
  }

  @POST
  @Path("{id}/assessment-decision")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Complete the consent step: the assessment goes ahead, or was declined")
  public ChcFileView decideOnAssessment(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.AssessmentDecision request) {
    consents.decideOnAssessment(id, request.assessmentAgreed());
    return file(id);
  }

  @POST
  @Path("{id}/checklist")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Save Checklist ratings as a draft; the case shows the domains still empty")
  public ChcFileView saveChecklist(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ChecklistDraft request) {
    checklist.saveDraft(
        id,
        request.version(),
        request.completedBy(),
        request.completedOn(),
        request.ratings().stream().map(ChcRequests.Rating::entry).toList());
    return file(id);
  }

  @POST
  @Path("{id}/checklist/completion")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Complete the Checklist as received: its outcome by the national thresholds")
  public ChcFileView completeChecklist(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ChecklistCompletion request) {
    checklist.complete(id, request.version(), request.receivedOn());
    return file(id);
  }

  @POST
  @Path("{id}/dst")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Save Decision Support Tool ratings, the team or the individual's view")
  public ChcFileView saveDst(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.DstDraft request) {
    assessment.saveDraft(id, request.version(), request.entry());
    return file(id);
  }

  @POST
  @Path("{id}/dst/recommendation")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Record the team's recommendation and its reasons; closes the tool")
  public ChcFileView recommend(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.Recommendation request) {
    assessment.recommend(id, request.version(), request.entry());
    return file(id);
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed(Roles.CHC_PANEL)
  @Operation(summary = "The ICB's eligibility decision, with reasons; sends the decision letter")
  public ChcFileView decide(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.Decision request) {
    panel.decide(
        id,
        request.version(),
        request.eligible(),
        request.reasons(),
        request.reasonsForDeparting(),
        request.delayCause());
    return file(id);
  }

  @POST
  @Path("{id}/nursing-care")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Record the NHS-funded Nursing Care decision; sends its letter")
  public ChcFileView decideNursingCare(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.NursingCare request) {
    nursingCare.decide(id, request.version(), request.payable(), request.reasons());
    return file(id);
  }

  @POST
  @Path("{id}/care-package")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(
      summary = "Arrange the care package of someone eligible, or change it (with the reason)")
  public ChcFileView arrangeCare(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ArrangeCare request) {
    care.arrange(id, request.version(), request.entry());
    return file(id);
  }

  @POST
  @Path("{id}/reviews")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(
      summary = "Record a review: package confirmed, changed, or a full reassessment arranged")
  public ChcFileView review(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.Review request) {
    reviews.record(
        id,
        request.version(),
        request.heldOn(),
        request.outcome(),
        request.notes(),
        request.nextReviewBy(),
        request.changedPackage() == null ? null : request.changedPackage().entry());
    return file(id);
  }

  @POST
  @Path("{id}/local-resolution")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Record a request for local resolution of a not-eligible decision")
  public ChcFileView requestLocalResolution(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ChallengeRequest request) {
    challenges.request(
        id,
        ChallengeStage.LOCAL_RESOLUTION,
        request.disputedDecisionOn(),
        request.requestedOn(),
        request.grounds());
    return file(id);
  }

  @POST
  @Path("{id}/local-resolution/outcome")
  @RolesAllowed(Roles.CHC_PANEL)
  @Operation(summary = "Record the outcome of local resolution; sends its letter or reopens")
  public ChcFileView resolveLocally(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ChallengeDecision request) {
    challenges.recordOutcome(
        id,
        request.version(),
        ChallengeStage.LOCAL_RESOLUTION,
        request.outcome(),
        request.decidedOn(),
        request.reasons());
    return file(id);
  }

  @POST
  @Path("{id}/independent-review")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(summary = "Record a request to NHS England for an independent review")
  public ChcFileView requestIndependentReview(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ChallengeRequest request) {
    challenges.request(
        id,
        ChallengeStage.INDEPENDENT_REVIEW,
        request.disputedDecisionOn(),
        request.requestedOn(),
        request.grounds());
    return file(id);
  }

  @POST
  @Path("{id}/independent-review/outcome")
  @RolesAllowed(Roles.CHC_PANEL)
  @Operation(summary = "Record the outcome of NHS England's independent review")
  public ChcFileView recordIndependentReview(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.ChallengeDecision request) {
    challenges.recordOutcome(
        id,
        request.version(),
        ChallengeStage.INDEPENDENT_REVIEW,
        request.outcome(),
        request.decidedOn(),
        request.reasons());
    return file(id);
  }

  @POST
  @Path("{id}/closure")
  @RolesAllowed(Roles.CHC_ASSESSOR)
  @Operation(
      summary = "Close the case: the person died, moved out of area, or the referral was withdrawn")
  public ChcFileView close(
      @PathParam("id") String id, @NotNull @Valid ChcRequests.Closure request) {
    closing.closeByStaff(id, request.version(), request.reason(), request.closedOn());
    return file(id);
  }
}
