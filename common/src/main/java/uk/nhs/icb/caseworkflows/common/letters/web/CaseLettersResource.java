package uk.nhs.icb.caseworkflows.common.letters.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.letters.application.CaseLetters;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterSummary;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFile;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterFormat;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/**
 * The letters of any case type. Which roles may see a given case is the case module's rule ({@code
 * CaseTypeAccess}); the governing body never sees identifiable letters.
 */
@Path("cases/{type}/{id}/letters")
@RequestScoped
@RolesAllowed(Roles.ANY_CASE_WORKER)
@Tag(name = "Letters", description = "The letters a case has sent, as PDF/A")
public class CaseLettersResource {

  private final CaseLetters letters;
  private final CurrentCaller caller;

  @Inject
  public CaseLettersResource(CaseLetters letters, CurrentCaller caller) {
    this.letters = letters;
    this.caller = caller;
  }

  protected CaseLettersResource() {
    this(null, null);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The case's letters, newest first")
  public List<LetterSummary> list(@PathParam("type") String type, @PathParam("id") String id) {
    return letters.list(caller.get(), type, id);
  }

  @GET
  @Path("{letterId}")
  @Produces({"application/pdf", "text/plain"})
  @Operation(
      summary =
          "One letter as the PDF that was sent; with format=large-print or format=plain-text, the"
              + " same letter in that form, where the recipient's communication needs asked for it")
  public Response download(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @PathParam("letterId") String letterId,
      @QueryParam("format") String format) {
    if (format != null && !format.isEmpty() && !format.equals(LetterFormat.STANDARD.code())) {
      return inForm(type, id, letterId, format);
    }
    Letter letter = letters.download(caller.get(), type, id, letterId);
    return Response.ok(letter.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
        .header("X-Content-SHA256", letter.sha256())
        .build();
  }

  private Response inForm(String type, String id, String letterId, String format) {
    LetterFormat wanted =
        LetterFormat.ofCode(format)
            .orElseThrow(
                () ->
                    new InvalidInputException("format", "is standard, large-print or plain-text"));
    LetterFile file = letters.download(caller.get(), type, id, letterId, wanted);
    return Response.ok(file.bytes(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Content-SHA256", file.sha256())
        .build();
  }
}
