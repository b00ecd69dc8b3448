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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.consent.web.ConsentInput;
import uk.nhs.icb.caseworkflows.common.consent.web.ConsentWithdrawalRequest;
import uk.nhs.icb.caseworkflows.common.consent.web.SharingWithoutConsentView;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentEndpoints;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentRequests;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentView;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.common.web.rest.Created;
import uk.nhs.icb.caseworkflows.common.web.rest.SignOffInput;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAcknowledgement;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintConsentRecording;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCriteria;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintEvidence;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintEvidenceDocuments;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintIntake;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintJointHandling;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintListItem;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintPlanning;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintProviderResponses;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintResponse;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintSearch;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintStanding;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTimetable;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTransfer;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintTriage;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintWithdrawal;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.JointHandling;

/** The complaints team's door to a complaint file. */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class ComplaintResource {

  @Inject ComplaintIntake intake;
  @Inject ComplaintTriage triage;
  @Inject ComplaintAcknowledgement acknowledgement;
  @Inject ComplaintStanding standing;
  @Inject ComplaintConsentRecording consents;
  @Inject ComplaintWithdrawal withdrawal;
  @Inject ComplaintPlanning planning;
  @Inject ComplaintSearch search;
  @Inject ComplaintResponse response;
  @Inject ComplaintEvidence evidence;
  @Inject ComplaintEvidenceDocuments evidenceDocuments;
  @Inject DocumentSettings documentSettings;
  @Inject ComplaintTimetable timetable;
  @Inject ComplaintFileReading reading;
  @Inject ComplaintProviderResponses providerResponses;
  @Inject ComplaintTransfer transfer;
  @Inject ComplaintJointHandling jointHandling;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Record a complaint as received; starts its process")
  public Response receive(@NotNull @Valid ComplaintRequests.ReceiveComplaint request) {
    Complaint complaint =
        intake.receive(
            ComplaintInput.made(request),
            request.channel(),
            request.receivedAt() == null ? clock.instant() : request.receivedAt(),
            caller.get().name(),
            request.caseworker());
    return Created.at(uri.getAbsolutePathBuilder(), complaint.id(), file(complaint.id()));
  }

  @POST
  @Path("resolved-orally")
  @Operation(summary = "Record a spoken complaint resolved by the end of the next working day")
  public Response recordResolvedOrally(@NotNull @Valid ComplaintRequests.ResolvedOrally request) {
    ComplaintRequests.ReceiveComplaint received = request.complaint();
    Complaint complaint =
        intake.recordResolvedOrally(
            ComplaintInput.made(received),
            received.channel(),
            received.receivedAt() == null ? clock.instant() : received.receivedAt(),
            caller.get().name(),
            request.howResolved(),
            request.resolvedAt());
    return Created.at(
        uri.getBaseUriBuilder().path("complaints"), complaint.id(), file(complaint.id()));
  }

  @GET
  @Operation(
      summary = "The complaints case list, newest first",
      description =
          "status, overdue=true, handler (who received it), caseworker (who works it: a user name or"
              + " me), team (worked by a member of this team), receivedFrom/receivedTo (dates), q"
              + " (reference or name), page, size")
  public Page<ComplaintListItem> list(
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("handler") String handler,
      @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo,
      @QueryParam("q") String q,
      @QueryParam("caseworker") String caseworker,
      @QueryParam("team") String team,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return search.search(
        ComplaintCriteria.parse(
            status,
            overdue,
            handler,
            receivedFrom,
            receivedTo,
            q,
            caseworker,
            team,
            caller.get().name()),
        PageRequest.parse(page, size),
        clock.instant());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The complaint file: parties, deadlines, consents, open steps, closure")
  public ComplaintFileView file(@PathParam("id") String id) {
    return reading.read(id, ComplaintFileView::of);
  }

  @POST
  @Path("{id}/late-decision")
  @Operation(summary = "Decide whether a complaint made after 12 months can still be looked at")
  public ComplaintFileView decideLate(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.LateDecision request) {
    triage.decideOnLateComplaint(
        id, request.goodReason(), request.canStillInvestigateFairly(), request.note());
    return file(id);
  }

  @POST
  @Path("{id}/remit-decision")
  @Operation(summary = "Decide whether the complaint is for the ICB")
  public ComplaintFileView decideRemit(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.RemitDecision request) {
    ComplaintInput.requireWhereToGo(request);
    triage.decideRemit(id, request.withinRemit(), request.reason(), request.whereToGo());
    return file(id);
  }

  @POST
  @Path("{id}/acknowledgement")
  @Operation(summary = "Acknowledge the complaint; sends the acknowledgement letter")
  public ComplaintFileView acknowledge(@PathParam("id") String id) {
    acknowledgement.acknowledge(id);
    return file(id);
  }

  @POST
  @Path("{id}/standing-decision")
  @Operation(
      summary = "Decide whether the representative may complain for the patient (regulation 5)",
      description =
          "accepted; for a child reasonableGrounds (for complaining instead of the child) and"
              + " bestInterests; for a person lacking capacity bestInterests; evidenceSeen; reasons"
              + " (required when refused: the letter to the representative quotes them). A refusal"
              + " closes the complaint with that letter.")
  public ComplaintFileView decideStanding(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.StandingDecision request) {
    ComplaintInput.requireReasonsWhenRefused(request);
    standing.decide(
        id,
        request.accepted(),
        request.reasonableGrounds(),
        request.bestInterests(),
        request.evidenceSeen(),
        request.reasons());
    return file(id);
  }

  @POST
  @Path("{id}/consents")
  @Operation(summary = "Record a consent as given")
  public ComplaintFileView giveConsent(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.GiveConsent request) {
    consents.record(
        id,
        request.whose(),
        ConsentInput.giver(request.givenAs(), request.giverName(), request.giverStanding()),
        request.purpose(),
        request.method(),
        request.givenAt());
    return file(id);
  }

  @POST
  @Path("{id}/sharing-without-consent")
  @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
  @Operation(
      summary =
          "The Caldicott Guardian approves sharing a person's information without their consent,"
              + " on a lawful basis (for example safeguarding), with the reason")
  public SharingWithoutConsentView approveSharingWithoutConsent(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.SharingWithoutConsent request) {
    return SharingWithoutConsentView.of(
        consents.approveWithoutConsent(
            id, request.whose(), request.purpose(), request.basis(), request.justification()));
  }

  @POST
  @Path("{id}/consent-refusal")
  @Operation(summary = "Record that consent was not given; the complaint closes")
  public ComplaintFileView refuseConsent(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.Note request) {
    consents.recordRefusal(id, request.note());
    return file(id);
  }

  @POST
  @Path("{id}/consents/{consentId}/withdrawal")
  @Operation(summary = "Withdraw a consent; work that relied on it stops")
  public ComplaintFileView withdrawConsent(
      @PathParam("id") String id,
      @PathParam("consentId") String consentId,
      @NotNull @Valid ConsentWithdrawalRequest request) {
    consents.withdraw(id, consentId, request.method(), request.reason());
    return file(id);
  }

  @POST
  @Path("{id}/plan")
  @Operation(
      summary = "Agree the complaint plan; unless anonymity was asked for, the subject is told")
  public ComplaintFileView agreePlan(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.Plan request) {
    planning.agreePlan(id, ComplaintInput.plan(request), request.anonymityRequested());
    return file(id);
  }

  @POST
  @Path("{id}/anonymity-decision")
  @Operation(summary = "Decide whether it can be investigated without naming the complainant")
  public ComplaintFileView decideAnonymity(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.AnonymityDecision request) {
    planning.decideAnonymity(id, request.canInvestigateAnonymously(), request.reason());
    return file(id);
  }

  @POST
  @Path("{id}/complainant-choice")
  @Operation(summary = "The complainant's choice: be named to the subject, or withdraw")
  public ComplaintFileView recordChoice(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.Choice request) {
    planning.recordChoice(id, request.proceedWithDisclosure());
    return file(id);
  }

  @POST
  @Path("{id}/clock-stop")
  @Operation(summary = "Stop the response clock, with the reason")
  public ComplaintFileView stopClock(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.ClockStop request) {
    timetable.stopClock(id, request.reason());
    return file(id);
  }

  @POST
  @Path("{id}/clock-restart")
  @Operation(summary = "Restart the response clock; the response date moves on")
  public ComplaintFileView restartClock(@PathParam("id") String id) {
    timetable.restartClock(id);
    return file(id);
  }

  @POST
  @Path("{id}/response-date")
  @Operation(summary = "Change the agreed response date, with the reason")
  public ComplaintFileView changeResponseDate(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.ResponseDate request) {
    timetable.changeResponseDate(id, request.newDate(), request.reason());
    return file(id);
  }

  @POST
  @Path("{id}/evidence")
  @Operation(
      summary =
          "Record what the investigation gathered: the provider's account, documents, statements, clinical advice")
  public ComplaintFileView recordEvidence(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.RecordEvidence request) {
    evidence.record(id, request.kind(), request.summary(), request.source(), request.receivedOn());
    return file(id);
  }

  @POST
  @Path("{id}/evidence/{evidenceId}/documents")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Attach a document to evidence while the complaint is being investigated",
      description = DocumentEndpoints.ATTACH_DESCRIPTION)
  public Response attachDocument(
      @PathParam("id") String id,
      @PathParam("evidenceId") String evidenceId,
      @QueryParam(DocumentRequests.NAME_PARAMETER) String name,
      InputStream body) {
    CaseDocument document =
        evidenceDocuments.attach(
            id, evidenceId, DocumentRequests.upload(name, body, documentSettings.maxBytes()));
    return Created.at(
        uri.getAbsolutePathBuilder(),
        document.id(),
        DocumentView.of(DocumentSummary.of(document), ComplaintFileView.documents(id, evidenceId)));
  }

  @GET
  @Path("{id}/evidence/{evidenceId}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a document of evidence",
      description = DocumentEndpoints.DOWNLOAD_DESCRIPTION)
  public Response downloadDocument(
      @PathParam("id") String id,
      @PathParam("evidenceId") String evidenceId,
      @PathParam("documentId") String documentId) {
    return DocumentRequests.download(evidenceDocuments.download(id, evidenceId, documentId));
  }

  @POST
  @Path("{id}/provider-response-requests")
  @Operation(
      summary =
          "Ask the organisation complained about for its response by a date; the reminder and escalation follow that date")
  public ComplaintFileView requestProviderResponse(
      @PathParam("id") String id,
      @NotNull @Valid ComplaintRequests.ProviderResponseRequest request) {
    providerResponses.request(id, request.whatIsAsked(), request.dueBy());
    return file(id);
  }

  @POST
  @Path("{id}/investigation-complete")
  @Operation(summary = "End the investigation; the response can be drafted")
  public ComplaintFileView completeInvestigation(@PathParam("id") String id) {
    response.completeInvestigation(id);
    return file(id);
  }

  @POST
  @Path("{id}/draft-response")
  @Operation(summary = "Draft the response: outcome per issue, the letter's words, the actions")
  public ComplaintFileView draftResponse(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.DraftResponse request) {
    response.draft(id, ComplaintInput.draft(request));
    return file(id);
  }

  @POST
  @Path("{id}/sign-off")
  @RolesAllowed(Roles.COMPLAINTS_MANAGER)
  @Operation(
      summary =
          "Sign off the response (the final response is sent) or return it with comments, for"
              + " redrafting or (investigateFurther) for more investigation")
  public ComplaintFileView signOff(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.SignOff request) {
    SignOffInput.requireCommentsWhenReturned(request.approved(), request.comments());
    boolean further = Boolean.TRUE.equals(request.investigateFurther());
    if (further && request.approved()) {
      throw new InvalidInputException(
          "investigateFurther", "only a draft that is returned goes back for more investigation");
    }
    if (further) {
      response.returnForInvestigation(id, request.comments());
    } else {
      response.signOff(id, request.approved(), request.comments());
    }
    return file(id);
  }

  @POST
  @Path("{id}/transfer")
  @Operation(
      summary =
          "Pass the complaint, before its plan, to the provider to handle (regulation 7(5)); needs"
              + " the complainant's consent to the transfer and the patient's to sharing",
      description =
          "provider: absent for the organisation complained about. The process writes to the"
              + " complainant and the provider and closes the complaint as TRANSFERRED.")
  public ComplaintFileView transfer(
      @PathParam("id") String id, @NotNull @Valid RouteRequests.Transfer request) {
    transfer.transfer(id, request.provider(), request.whyBetterPlaced());
    return file(id);
  }

  @POST
  @Path("{id}/joint-handling")
  @Operation(
      summary =
          "Handle the complaint jointly with other organisations (regulation 9): the lead, what"
              + " each is asked; each is a disclosure and the complainant is sent a letter",
      description =
          "leadOrganisation: one of the organisations, or absent for the ICB to lead."
              + " complainantNamed: whether the organisations are told who complained.")
  public ComplaintFileView agreeJointHandling(
      @PathParam("id") String id, @NotNull @Valid RouteRequests.JointHandlingAgreed request) {
    List<JointHandling.Asked> organisations = RouteRequests.asked(request);
    jointHandling.agree(id, RouteRequests.lead(request), organisations, request.complainantNamed());
    return file(id);
  }

  @POST
  @Path("{id}/joint-handling/organisations/{number}/answer")
  @Operation(summary = "Record an organisation's answer; number is its place in the list, from 1")
  public ComplaintFileView recordJointAnswer(
      @PathParam("id") String id,
      @PathParam("number") String number,
      @NotNull @Valid RouteRequests.Answer request) {
    jointHandling.recordAnswer(
        id, RouteRequests.organisationNumber(number), request.answer(), request.answeredOn());
    return file(id);
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(summary = "The complainant withdraws the complaint")
  public ComplaintFileView withdraw(
      @PathParam("id") String id, @NotNull @Valid ComplaintRequests.Note request) {
    withdrawal.withdraw(id, request.note());
    return file(id);
  }
}
