package uk.nhs.icb.caseworkflows.complaints.stories.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Addressee;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterSettings;

/**
 * The letter asking one person for consent to publish the story, or the one reminder: to the
 * service user at their own address, to the complainant when they are the carer or (for a patient
 * who has died) the representative. Filed with the complaint's letters, as it is about the
 * complaint and goes with its record.
 */
@ApplicationScoped
public class StoryLetters {

  public static final String SERVICE_USER = "service user";
  public static final String CARER = "carer";
  public static final String REPRESENTATIVE = "representative";

  private final ComplaintLetterSettings settings;

  @Inject
  public StoryLetters(ComplaintLetterSettings settings) {
    this.settings = settings;
  }

  /** For the CDI proxy only. */
  protected StoryLetters() {
    this(null);
  }

  public AddressedLetter consentLetter(
      Complaint complaint, String person, boolean reminder, LocalDate replyBy) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("subject", "your complaint (reference " + complaint.reference().formatted() + ")");
    fields.put(
        "outcome",
        complaint.outcome().overall().orElse(IssueOutcome.PARTIALLY_UPHELD) == IssueOutcome.UPHELD
            ? "upheld"
            : "partly upheld");
    fields.put("replyBy", replyBy);
    return settings
        .team()
        .letter(
            reminder ? StoryLetterTemplates.CONSENT_REMINDER : StoryLetterTemplates.CONSENT_REQUEST,
            complaint.reference().formatted(),
            complaint.affectedPerson().map(AffectedPerson::nhsNumber).orElse(null),
            addresseeFor(complaint, person),
            fields);
  }

  private static Addressee addresseeFor(Complaint complaint, String person) {
    if (SERVICE_USER.equals(person) && complaint.affectedPerson().isPresent()) {
      return Addressee.of(complaint.affectedPerson().get());
    }
    return Addressee.of(complaint.complainant());
  }
}
