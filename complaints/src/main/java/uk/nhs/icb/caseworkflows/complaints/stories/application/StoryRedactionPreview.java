package uk.nhs.icb.caseworkflows.complaints.stories.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.anonymise.application.StoryRedactions;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentities;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.RedactedText;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * Shows a writer or a reviewer what the story redactor takes out of a text. The text is personal
 * data, so the audit entry records that a preview was made, its length and how many known
 * identities were given, never the text; nothing is stored.
 */
@ApplicationScoped
public class StoryRedactionPreview {

  public static final String CASE_TYPE = "story";

  @Inject StoryRedactions redactions;
  @Inject AuditTrail auditTrail;

  @Inject
  @ConfigProperty(name = "app.stories.preview-max-characters", defaultValue = "20000")
  int maxCharacters;

  @Transactional
  public RedactedText preview(String text, KnownIdentities known, int knownCount) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "must not be blank");
    }
    if (text.length() > maxCharacters) {
      throw new InvalidInputException("text", "must be " + maxCharacters + " characters or fewer");
    }
    RedactedText redacted = redactions.of(known).apply(text);
    auditTrail.record(
        AuditEntry.read(
            "STORY_REDACTION_PREVIEWED",
            CASE_TYPE,
            null,
            "characters="
                + text.length()
                + " knownIdentities="
                + knownCount
                + " redactions="
                + redacted.redactions().size()));
    return redacted;
  }
}
