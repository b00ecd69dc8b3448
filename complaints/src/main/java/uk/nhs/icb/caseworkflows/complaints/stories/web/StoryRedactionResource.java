package uk.nhs.icb.caseworkflows.complaints.stories.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.complaints.stories.application.StoryRedactionPreview;

/** What the story redactor would take out of a text, for the draft form and the reviewers. */
@Path("stories/redaction-preview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER, Roles.CALDICOTT_GUARDIAN})
@Tag(name = "Stories", description = "Anonymised service-user stories for the governing body")
public class StoryRedactionResource {

  @Inject StoryRedactionPreview preview;

  @POST
  @Operation(
      summary = "Redact a story's text: the case's known identities and generic identifiers",
      description =
          "knownIdentities: kind NAME, NHS_NUMBER, DATE_OF_BIRTH, ADDRESS, PHONE or EMAIL, and"
              + " value. Answers the redacted text and each redaction's start and end (offsets into"
              + " the original text, end exclusive) and kind. Nothing is stored; the audit trail"
              + " records the preview without its text. A text over app.stories.preview-max-characters"
              + " (20,000 by default) is refused as 400 naming text.")
  public RedactionPreviewView preview(@NotNull RedactionPreviewRequest request) {
    return RedactionPreviewView.of(
        preview.preview(request.text(), request.known(), request.knownCount()));
  }
}
