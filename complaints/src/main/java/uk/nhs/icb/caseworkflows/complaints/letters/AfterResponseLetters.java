package uk.nhs.icb.caseworkflows.complaints.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Addressee;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;

/**
 * The letters of further local resolution, to the complainant: the acknowledgement that the
 * complaint is reopened, with what is still unresolved and the date of the further response; and
 * the further response itself, signed like the final response by the responsible person (reg 4),
 * again with the right to go to the Ombudsman.
 */
@ApplicationScoped
public class AfterResponseLetters {

  public static final String REOPENED = "complaint-reopened";
  public static final String FURTHER_RESPONSE = "complaint-further-response";

  private final ComplaintLetterSettings settings;

  @Inject
  public AfterResponseLetters(ComplaintLetterSettings settings) {
    this.settings = settings;
  }

  /** For the CDI proxy only. */
  protected AfterResponseLetters() {
    this(null);
  }

  public AddressedLetter reopened(Complaint complaint, FurtherResponse further) {
    Map<String, Object> fields = common(complaint, further);
    return settings
        .team()
        .letter(
            REOPENED,
            complaint.reference().formatted(),
            complaint.affectedPerson().map(AffectedPerson::nhsNumber).orElse(null),
            Addressee.of(complaint.complainant()),
            fields);
  }

  public AddressedLetter furtherResponse(Complaint complaint, FurtherResponse further) {
    if (!complaint.mayShareThePatientsInformationWithTheComplainant()) {
      throw new LetterNotReady(
          "The representative's standing to complain for the patient has not been accepted, so"
              + " no response about the patient can go to them.");
    }
    Map<String, Object> fields = common(complaint, further);
    fields.put(
        "summary",
        further.summary().orElseThrow(() -> new LetterNotReady("The further response is empty.")));
    return settings
        .team()
        .letter(
            FURTHER_RESPONSE,
            complaint.reference().formatted(),
            complaint.affectedPerson().map(AffectedPerson::nhsNumber).orElse(null),
            Addressee.of(complaint.complainant()),
            settings.responsiblePerson(),
            fields);
  }

  private Map<String, Object> common(Complaint complaint, FurtherResponse further) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("complaint", Map.of("receivedOn", complaint.receipt().receivedOn()));
    fields.put(
        "respondedOn",
        complaint
            .timetable()
            .respondedAt()
            .map(uk.nhs.icb.caseworkflows.common.text.Text::londonDate)
            .orElseThrow(() -> new LetterNotReady("The complaint has had no response yet.")));
    fields.put("unresolved", further.unresolved());
    fields.put("dueBy", further.dueBy());
    fields.put("ombudsman", settings.ombudsman().fields());
    return fields;
  }
}
