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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSettings;
import uk.nhs.icb.caseworkflows.common.documents.application.DocumentSummary;
import uk.nhs.icb.caseworkflows.common.documents.domain.CaseDocument;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentEndpoints;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentRequests;
import uk.nhs.icb.caseworkflows.common.documents.web.DocumentView;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.Created;
import uk.nhs.icb.caseworkflows.ifr.application.IfrEvidence;
import uk.nhs.icb.caseworkflows.ifr.application.IfrFileReading;
import uk.nhs.icb.caseworkflows.ifr.application.IfrReviews;
import uk.nhs.icb.caseworkflows.ifr.application.IfrScreening;
import uk.nhs.icb.caseworkflows.ifr.application.IfrSearch;
import uk.nhs.icb.caseworkflows.ifr.application.OutcomeReports;
import uk.nhs.icb.caseworkflows.ifr.application.PanelHearing;
import uk.nhs.icb.caseworkflows.ifr.application.RequestLogging;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewGround;
import uk.nhs.icb.caseworkflows.ifr.domain.ReviewOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ScreeningOutcome;

/**
 * Individual funding requests: the coordinator logs and screens them, records reviews,
 * reconsiderations and outcome reports; the panel decides (at a meeting, or by the chair's action
 * for an urgent request) and decides reviews, answering with no identity of the patient.
 */
@Path("ifr")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IFR_COORDINATOR)
@Tag(name = "IFR", description = "Individual funding requests")
public class IfrResource {

  @Inject RequestLogging logging;
  @Inject IfrScreening screening;
  @Inject PanelHearing hearing;
  @Inject IfrReviews reviews;
  @Inject OutcomeReports outcomeReports;
  @Inject IfrFileReading reading;
  @Inject IfrSearch search;
  @Inject IfrEvidence evidence;
  @Inject DocumentSettings documentSettings;
  @Inject Clock clock;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Log a request a clinician sent, with evidence of the patient's consent")
  public Response log(@NotNull @Valid IfrRequests.LogRequest request) {
    FundingRequest logged = logging.log(IfrInput.logged(request, today()));
    return Created.at(uri.getAbsolutePathBuilder(), logged.id(), file(logged.id()));
  }

  @POST
  @Path("returned")
  @Operation(summary = "Record a request sent without evidence of consent as returned")
  public Response returned(@NotNull @Valid IfrRequests.ReturnedRequest request) {
    FundingRequest returned = logging.returnForConsent(IfrInput.returned(request, today()));
    return Created.at(uri.getBaseUriBuilder().path("ifr"), returned.id(), file(returned.id()));
  }

  @GET
  @Operation(
      summary = "The requests, newest first, a page at a time; the read is audited",
      description =
          "status, treatment (a code of GET /api/ifr-treatments), q (a reference or the"
              + " patient's name), receivedFrom and receivedTo (year-month-day), page, size")
  public Page<IfrSearch.ListItem> list(
      @QueryParam("status") String status,
      @QueryParam("treatment") String treatment,
      @QueryParam("q") String q,
      @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters parameters = new QueryParameters();
    IfrSearch.Criteria criteria =
        IfrListFilters.read(parameters, status, treatment, q, receivedFrom, receivedTo);
    PageRequest request = parameters.page(page, size);
    parameters.throwIfInvalid();
    return search.search(criteria, request);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A request's file; the read is audited")
  public IfrFileView file(@PathParam("id") String id) {
    return reading.read(id, IfrFileView::of);
  }

  @POST
  @Path("{id}/screening")
  @Operation(
      summary =
          "Screen a request: ACCEPTED, MORE_INFORMATION, POLICY_COVERS, SERVICE_DEVELOPMENT or NHS_ENGLAND")
  public IfrFileView screen(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.Screening request) {
    screening.screen(
        id,
        request.version(),
        ScreeningOutcome.parse(request.outcome(), "outcome"),
        request.note());
    return file(id);
  }

  @POST
  @Path("{id}/information-received")
  @Operation(summary = "The clinician sent what was asked for: the screening clock restarts")
  public IfrFileView informationReceived(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.Version request) {
    screening.informationReceived(id, request.version());
    return file(id);
  }

  @POST
  @Path("{id}/chairs-action")
  @RolesAllowed(Roles.IFR_PANEL)
  @Operation(summary = "The chair decides an urgent request; the next panel notes it")
  public DecisionView chairsAction(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.Decision request) {
    hearing.decideByChairsAction(id, request.version(), IfrInput.decision(request));
    return DecisionView.of(hearing.standing(id));
  }

  @POST
  @Path("{id}/panel-decision")
  @RolesAllowed(Roles.IFR_PANEL)
  @Operation(
      summary = "The panel's decision at a quorate meeting, each criterion answered with reasons")
  public DecisionView decide(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.MeetingDecision request) {
    hearing.decide(
        id,
        request.decision().version(),
        request.meetingId(),
        IfrInput.decision(request.decision()));
    return DecisionView.of(hearing.standing(id));
  }

  @POST
  @Path("{id}/review-request")
  @Operation(summary = "Record a request for review on one of the three grounds")
  public IfrFileView requestReview(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.ReviewRequest request) {
    reviews.requestReview(
        id,
        request.version(),
        ReviewGround.parse(request.ground(), "ground"),
        request.statedCase());
    return file(id);
  }

  @POST
  @Path("{id}/review-decision")
  @RolesAllowed(Roles.IFR_PANEL)
  @Operation(summary = "The review's outcome: UPHELD or REFERRED_BACK to a new panel")
  public DecisionView decideReview(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.ReviewDecision request) {
    reviews.decideReview(
        id,
        request.version(),
        ReviewOutcome.parse(request.outcome(), "outcome"),
        request.reasons());
    return DecisionView.of(hearing.standing(id));
  }

  @POST
  @Path("{id}/reconsideration")
  @Operation(summary = "Significant new clinical information: the request goes back to screening")
  public IfrFileView reconsider(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.Reconsideration request) {
    reviews.reconsider(id, request.version(), request.newInformation());
    return file(id);
  }

  @POST
  @Path("{id}/outcome-report")
  @Operation(summary = "The outcome report an approval's conditions asked for")
  public IfrFileView recordOutcomeReport(
      @PathParam("id") String id, @NotNull @Valid IfrRequests.OutcomeReport request) {
    outcomeReports.record(id, request.version(), request.report());
    return file(id);
  }

  @POST
  @Path("{id}/documents")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Attach a document of evidence the clinician sent while the request is open",
      description = DocumentEndpoints.ATTACH_DESCRIPTION)
  public Response attachEvidence(
      @PathParam("id") String id,
      @QueryParam(DocumentRequests.NAME_PARAMETER) String name,
      InputStream body) {
    CaseDocument document =
        evidence.attach(id, DocumentRequests.upload(name, body, documentSettings.maxBytes()));
    return Created.at(
        uri.getAbsolutePathBuilder(),
        document.id(),
        DocumentView.of(DocumentSummary.of(document), IfrFileView.documents(id)));
  }

  @GET
  @Path("{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a document of evidence",
      description = DocumentEndpoints.DOWNLOAD_DESCRIPTION)
  public Response downloadEvidence(
      @PathParam("id") String id, @PathParam("documentId") String documentId) {
    return DocumentRequests.download(evidence.download(id, documentId));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON));
  }
}
