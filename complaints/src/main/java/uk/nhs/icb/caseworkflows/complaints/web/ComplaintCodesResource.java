package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.coding.web.CodeListView;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.application.NationalReturnCoding;

/** The code lists complaints are coded under, as this ICB has configured them. */
@Path("complaint-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class ComplaintCodesResource {

  @Inject NationalReturnCoding coding;

  /** The lists by name, each with its codes and labels. */
  public record CodeListsView(List<CodeListView> lists) {}

  @GET
  @Operation(
      summary =
          "The national return's code lists (KO41a): subject, service-area, profession,"
              + " complainant-status, patient-age-band")
  public CodeListsView lists() {
    return new CodeListsView(CodeListView.of(coding.codes().all()));
  }
}
