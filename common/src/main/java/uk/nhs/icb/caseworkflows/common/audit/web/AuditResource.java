package uk.nhs.icb.caseworkflows.common.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditChainVerifier;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditSearch;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.audit.domain.ChainVerification;
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

  @Inject
  public AuditResource(AuditSearch search, AuditChainVerifier verifier) {
    this.search = search;
    this.verifier = verifier;
  }

  protected AuditResource() {
    this(null, null);
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
  @Operation(summary = "Walk the hash chain and name the first altered or missing event")
  public ChainVerification verify() {
    return verifier.verify();
  }
}
