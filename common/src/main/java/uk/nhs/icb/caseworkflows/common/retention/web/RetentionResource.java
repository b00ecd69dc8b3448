package uk.nhs.icb.caseworkflows.common.retention.web;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionReview;
import uk.nhs.icb.caseworkflows.common.retention.domain.DestructionCertificate;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.web.rest.Created;

@Path("retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IG_OFFICER)
@Tag(name = "Retention", description = "Review of closed records at the end of their retention")
public class RetentionResource {

  private final RetentionReview review;
  private final Clock clock;

  @Context UriInfo uri;

  @Inject
  public RetentionResource(RetentionReview review, Clock clock) {
    this.review = review;
    this.clock = clock;
  }

  protected RetentionResource() {
    this(null, null);
  }

  @GET
  @Path("reviews")
  @Operation(summary = "Records whose retention has ended and that await a decision")
  public List<RetentionViews.Record> due() {
    return review.due().stream().map(record -> RetentionViews.Record.of(record, today())).toList();
  }

  @GET
  @Path("records/{type}/{id}")
  @Operation(summary = "One record under retention, with its extensions")
  public RetentionViews.Record record(@PathParam("type") String type, @PathParam("id") String id) {
    return RetentionViews.Record.of(review.record(type, id), today());
  }

  @POST
  @Path("records/{type}/{id}/extension")
  @Operation(summary = "Keep a record longer, to a later date and with a reason")
  public RetentionViews.Record extend(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @NotNull RetentionViews.Extend request) {
    return RetentionViews.Record.of(
        review.extend(type, id, request.retainUntil(), request.reason()), today());
  }

  @POST
  @Path("records/{type}/{id}/destruction")
  @Operation(summary = "Destroy a record whose retention has ended; keeps its certificate")
  public Response destroy(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @NotNull RetentionViews.Destroy request) {
    DestructionCertificate certificate = review.destroy(type, id, request.appraisal());
    return Created.at(
        uri.getBaseUriBuilder().path("retention/certificates"),
        certificate.number(),
        RetentionViews.Certificate.of(certificate));
  }

  @GET
  @Path("certificates")
  @Operation(summary = "The register of destruction, newest first")
  public List<RetentionViews.Certificate> certificates() {
    return review.certificates().stream().map(RetentionViews.Certificate::of).toList();
  }

  @GET
  @Path("certificates/{number}")
  @Operation(summary = "One certificate of destruction")
  public RetentionViews.Certificate certificate(@PathParam("number") String number) {
    return RetentionViews.Certificate.of(review.certificate(number));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
