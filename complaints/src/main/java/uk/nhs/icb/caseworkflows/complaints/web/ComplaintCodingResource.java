package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintFileReading;
import uk.nhs.icb.caseworkflows.complaints.application.NationalReturnCoding;

/**
 * Coding a complaint for the national return (KO41a). Its own resource, beside {@link
 * ComplaintResource}, so the coding stays one small piece.
 */
@Path("complaints/{id}/coding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER})
@Tag(name = "Complaints", description = "Complaint files under the NHS complaints regulations")
public class ComplaintCodingResource {

  @Inject NationalReturnCoding coding;
  @Inject ComplaintFileReading reading;

  @POST
  @Operation(
      summary = "Code the complaint for the national return (KO41a), or correct its coding",
      description =
          "Codes from GET /api/complaint-codes. Open complaints: the complaints team; closed ones:"
              + " a complaints manager. patientAgeBand is worked out from the patient's date of"
              + " birth when the file has it. The answer is the complaint file.")
  public ComplaintFileView code(
      @PathParam("id") String id, @NotNull @Valid ComplaintCodingRequest request) {
    coding.code(id, request.choice());
    return reading.read(id, ComplaintFileView::of);
  }
}
