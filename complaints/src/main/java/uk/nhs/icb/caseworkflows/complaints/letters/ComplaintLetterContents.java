package uk.nhs.icb.caseworkflows.complaints.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.Recipient;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;

/**
 * What goes into each complaint letter, from the complaint file, what the process knows, and the
 * ICB's letter settings. Letters go to the complainant, quoting the patient's NHS number when there
 * is one, except the disclosure notice, which goes to the organisation complained about and quotes
 * no NHS number. A letter whose substance the file does not hold yet is refused with an {@link
 * IllegalStateException} rather than sent with a gap.
 */
@ApplicationScoped
public class ComplaintLetterContents {

  public static final String ACKNOWLEDGEMENT = "complaint-acknowledgement";
  public static final String CONSENT_FORM = "complaint-consent-form";
  public static final String OUTSIDE_REMIT = "complaint-outside-remit";
  public static final String DISCLOSURE_NOTICE = "complaint-disclosure-notice";
  public static final String IDENTITY_NEEDED = "complaint-identity-needed";
  public static final String HOLDING_LETTER = "complaint-holding-letter";
  public static final String FINAL_RESPONSE = "complaint-final-response";

  private final ComplaintLetterSettings settings;
  private final Clock clock;
  private final OpeningLetterFields opening;
  private final InvestigationLetterFields investigation;
  private final FinalResponseFields finalResponse;

  @Inject
  public ComplaintLetterContents(
      ComplaintLetterSettings settings,
      WorkingDayCalendar calendar,
      Clock clock,
      ComplaintDeadlines deadlines) {
    this.settings = settings;
    this.clock = clock;
    this.opening = new OpeningLetterFields(settings, calendar, deadlines);
    this.investigation = new InvestigationLetterFields(settings, calendar, deadlines);
    this.finalResponse = new FinalResponseFields(settings);
  }

  /** For the CDI proxy only. */
  protected ComplaintLetterContents() {
    this.settings = null;
    this.clock = null;
    this.opening = null;
    this.investigation = null;
    this.finalResponse = null;
  }

  public LetterContent contentOf(
      String kind, Complaint complaint, LetterCircumstances circumstances) {
    return switch (kind) {
      case ACKNOWLEDGEMENT ->
          toComplainant(kind, complaint, opening.acknowledgement(complaint, circumstances));
      case CONSENT_FORM -> toComplainant(kind, complaint, opening.consentForm(complaint));
      case OUTSIDE_REMIT ->
          toComplainant(kind, complaint, opening.outsideRemit(complaint, circumstances));
      case DISCLOSURE_NOTICE ->
          new LetterContent(
              kind,
              complaint.reference().formatted(),
              null,
              new Recipient(complaint.subject().organisationOrService(), List.of(), ""),
              settings.signatory(),
              investigation.disclosureNotice(complaint, circumstances, clock.instant()));
      case IDENTITY_NEEDED ->
          toComplainant(kind, complaint, investigation.identityNeeded(complaint));
      case HOLDING_LETTER -> toComplainant(kind, complaint, investigation.holdingLetter(complaint));
      case FINAL_RESPONSE ->
          toComplainant(
              kind,
              complaint,
              settings.responsiblePerson(),
              finalResponse.finalResponse(complaint, circumstances));
      default -> throw new IllegalArgumentException("there is no complaint letter '" + kind + "'");
    };
  }

  /**
   * The communication needs of the letter's recipient, which decide the further forms it is sent
   * in: the complainant's for every letter to them; none for the disclosure notice, which goes to
   * an organisation.
   */
  public CommunicationNeeds recipientNeeds(String kind, Complaint complaint) {
    return DISCLOSURE_NOTICE.equals(kind)
        ? CommunicationNeeds.none()
        : complaint.complainant().communicationNeeds();
  }

  private LetterContent toComplainant(
      String kind, Complaint complaint, Map<String, Object> fields) {
    return toComplainant(kind, complaint, settings.signatory(), fields);
  }

  private static LetterContent toComplainant(
      String kind, Complaint complaint, Signatory signatory, Map<String, Object> fields) {
    Party complainant = complaint.complainant();
    NhsNumber nhsNumber = complaint.affectedPerson().map(AffectedPerson::nhsNumber).orElse(null);
    return new LetterContent(
        kind,
        complaint.reference().formatted(),
        nhsNumber,
        new Recipient(complainant.name(), complainant.addressLines(), complainant.postcode()),
        signatory,
        fields);
  }
}
