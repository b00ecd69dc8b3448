package uk.nhs.icb.caseworkflows.common.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditChainVerifier;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditCheckpointJson;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditCheckpoints;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditSearch;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditCheckpoint;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainVerification;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.paging.Page;
import uk.nhs.icb.caseworkflows.common.paging.PageRequest;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.security.Roles;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IG_OFFICER)
@Tag(name = "Audit", description = "The audit trail of every change and read of case data")
public class AuditResource {

  private final AuditSearch search;
  private final AuditChainVerifier verifier;
  private final AuditCheckpoints checkpoints;

  @Inject
  public AuditResource(
      AuditSearch search, AuditChainVerifier verifier, AuditCheckpoints checkpoints) {
    this.search = search;
    this.verifier = verifier;
    this.checkpoints = checkpoints;
  }

  protected AuditResource() {
    this(null, null, null);
  }

  @GET
  @Operation(summary = "Search the audit trail by case, actor and time range, oldest first")
  public Page<AuditEventView> search(
      @QueryParam("caseType") String caseType,
      @QueryParam("caseId") String caseId,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParameters typed = new QueryParameters();
    AuditSearch.Criteria criteria =
        new AuditSearch.Criteria(
            typed.text("caseType", caseType, AuditEvent.CASE_TYPE_LENGTH),
            typed.text("caseId", caseId, AuditEvent.CASE_ID_LENGTH),
            typed.text("actor", actor, AuditEvent.ACTOR_LENGTH),
            typed.from("from", from),
            typed.to("to", to));
    PageRequest pageRequest = typed.page(page, size);
    typed.throwIfInvalid();
    Page<AuditEvent> events = search.search(criteria, pageRequest);
    return new Page<>(
        events.items().stream().map(AuditEventView::of).toList(),
        events.page(),
        events.size(),
        events.total());
  }

  @GET
  @Path("verify")
  @Operation(
      summary =
          "Walk the hash chain, checking every MAC, and name the first altered or missing event")
  public ChainVerification verify() {
    return verifier.verify();
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Verify the chain and that it still reaches a kept checkpoint unchanged; names the event")
  public ChainVerification verifyAgainst(CheckpointFile kept) {
    if (kept == null) {
      throw new InvalidInputException("body", "Send the checkpoint file as it was downloaded.");
    }
    return verifier.verifyAgainst(kept.toCheckpoint());
  }

  @GET
  @Path("checkpoint")
  @Operation(
      summary =
          "The chain head now, signed with the audit key, as a file to keep outside the database")
  public Response checkpoint() {
    AuditCheckpoint checkpoint = checkpoints.take();
    return Response.ok(AuditCheckpointJson.write(checkpoint), MediaType.APPLICATION_JSON)
        .header(
            "Content-Disposition",
            "attachment; filename=\"audit-checkpoint-" + checkpoint.sequence() + ".json\"")
        .build();
  }
}
