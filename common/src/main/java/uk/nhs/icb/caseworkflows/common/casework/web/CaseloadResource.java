package uk.nhs.icb.caseworkflows.common.casework.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.casework.application.Caseloads;
import uk.nhs.icb.caseworkflows.common.casework.domain.CasePart;
import uk.nhs.icb.caseworkflows.common.casework.domain.Caseload;
import uk.nhs.icb.caseworkflows.common.query.QueryParameters;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/** A manager's view of each caseworker's open cases, for the teams they manage. */
@Path("caseload")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casework", description = "Who works a case, and its reassignment by a manager")
public class CaseloadResource {

  private final Caseloads caseloads;
  private final CurrentCaller caller;

  @Inject
  public CaseloadResource(Caseloads caseloads, CurrentCaller caller) {
    this.caseloads = caseloads;
    this.caller = caller;
  }

  protected CaseloadResource() {
    this(null, null);
  }

  @GET
  @RolesAllowed(Roles.COMPLAINTS_MANAGER)
  @Operation(summary = "Open cases per caseworker, busiest first; of one case type if given")
  public List<Caseload> caseloads(@QueryParam("caseType") String caseType) {
    QueryParameters typed = new QueryParameters();
    String type = typed.text("caseType", caseType, CasePart.CASE_TYPE_LENGTH);
    typed.throwIfInvalid();
    return caseloads.of(caller.get(), type);
  }
}
