package uk.nhs.icb.caseworkflows.ifr.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.coding.domain.CodeList;
import uk.nhs.icb.caseworkflows.common.coding.web.CodeListView;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.ifr.application.TreatmentList;

/** The treatments a request may name, as this ICB lists them. */
@Path("ifr-treatments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IFR_COORDINATOR, Roles.IFR_PANEL})
@Tag(name = "IFR", description = "Individual funding requests")
public class IfrTreatmentsResource {

  @Inject @TreatmentList CodeList treatments;

  @GET
  @Operation(summary = "The treatment list, codes and labels")
  public CodeListView treatments() {
    return CodeListView.of(treatments);
  }
}
