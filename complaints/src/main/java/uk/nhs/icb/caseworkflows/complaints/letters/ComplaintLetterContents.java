package uk.nhs.icb.caseworkflows.complaints.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterDates;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Addressee;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.letters.domain.TeamLetters;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ConsentReliance;

/**
 * What goes into each complaint letter, from the complaint file, what the process knows, and the
 * ICB's letter settings. Letters go to the complainant, quoting the patient's NHS number when there
 * is one, except the disclosure notice, which goes to the organisation complained about and quotes
 * no NHS number, and the letter refusing a representative's standing, which quotes nothing the ICB
 * holds about the patient. A letter whose substance the file does not hold yet is refused with
 * {@link LetterNotReady} rather than sent with a gap.
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
  public static final String CONSENT_DECLINED = "complaint-consent-declined";
  public static final String STANDING_REFUSED = "complaint-standing-refused";
  public static final String TRANSFERRED = "complaint-transferred";
  public static final String TRANSFER_NOTICE = "complaint-transfer-notice";
  public static final String JOINT_HANDLING = "complaint-joint-handling";
  public static final String CLOCK_STOPPED = "complaint-clock-stopped";
  public static final String CLOCK_RESTARTED = "complaint-clock-restarted";
  public static final String RESPONSE_DATE_CHANGED = "complaint-response-date-changed";
  public static final String WITHDRAWAL_RECEIVED = "complaint-withdrawal-received";
  public static final String PLAN_CONFIRMED = "complaint-plan-confirmed";
  public static final String IDENTITY_REMINDER = "complaint-identity-reminder";
  public static final String CLOSED_NO_REPLY = "complaint-closed-no-reply";
  public static final String CONSENT_WITHDRAWN = "complaint-consent-withdrawn";
  public static final String CONSENT_WITHDRAWAL_STOPS_A_STEP = "complaint-consent-withdrawal-stops";
  public static final String CONSENT_WITHDRAWAL_NOTED = "complaint-consent-withdrawal-noted";

  private final ComplaintLetterSettings settings;
  private final Clock clock;
  private final OpeningLetterFields opening;
  private final InvestigationLetterFields investigation;
  private final FinalResponseFields finalResponse;
  private final RouteLetterFields routes;
  private final FollowUpLetterFields followUp;

  @Inject
  public ComplaintLetterContents(
      ComplaintLetterSettings settings,
      WorkingDayCalendar calendar,
      Clock clock,
      ComplaintDeadlines deadlines) {
    LetterDates dates = new LetterDates(calendar);
    this.settings = settings;
    this.clock = clock;
    this.opening = new OpeningLetterFields(settings, dates, deadlines);
    this.investigation = new InvestigationLetterFields(settings, dates, deadlines);
    this.finalResponse = new FinalResponseFields();
    this.routes = new RouteLetterFields();
    this.followUp = new FollowUpLetterFields(settings, dates, calendar);
  }

  /** For the CDI proxy only. */
  protected ComplaintLetterContents() {
    this.settings = null;
    this.clock = null;
    this.opening = null;
    this.investigation = null;
    this.finalResponse = null;
    this.routes = null;
    this.followUp = null;
  }

  public LetterContent contentOf(
      String kind, Complaint complaint, LetterCircumstances circumstances) {
    return letterOf(kind, complaint, circumstances).content();
  }

  /**
   * The letter with the communication needs of its recipient, which decide the further forms it is
   * sent in: the complainant's for every letter to them; none for the disclosure notice and the
   * transfer notice, which go to an organisation.
   */
  public AddressedLetter letterOf(
      String kind, Complaint complaint, LetterCircumstances circumstances) {
    TeamLetters team = settings.team();
    String reference = complaint.reference().formatted();
    if (DISCLOSURE_NOTICE.equals(kind)) {
      return team.letter(
          kind,
          reference,
          null,
          Addressee.organisation(complaint.subject().organisationOrService()),
          investigation.disclosureNotice(complaint, circumstances, clock.instant()));
    }
    if (TRANSFER_NOTICE.equals(kind)) {
      Map<String, Object> fields = routes.transferNotice(complaint);
      return team.letter(
          kind,
          reference,
          null,
          Addressee.organisation(complaint.transfer().orElseThrow().provider()),
          fields);
    }
    return team.letter(
        kind,
        reference,
        STANDING_REFUSED.equals(kind)
            ? null
            : complaint.affectedPerson().map(AffectedPerson::nhsNumber).orElse(null),
        Addressee.of(complaint.complainant()),
        FINAL_RESPONSE.equals(kind) ? finalResponseSignatory(circumstances) : team.signatory(),
        withSignOff(
            kind, circumstances, withOmbudsman(toComplainant(kind, complaint, circumstances))));
  }

  /**
   * The answer to a consent withdrawn on the complaint (issue 14 point 10), chosen by what relied
   * on it: the complaint closes, a step stops, or the withdrawal is noted. It goes to the
   * complainant; when the patient withdrew their agreement to the complainant acting for them, it
   * quotes nothing of the patient's, not even their NHS number.
   */
  public AddressedLetter consentWithdrawalLetter(
      Complaint complaint, ConsentRecord withdrawn, ConsentReliance reliance) {
    String kind;
    Map<String, Object> fields;
    if (reliance == ConsentReliance.THE_COMPLAINT) {
      kind = CONSENT_WITHDRAWN;
      fields = followUp.consentWithdrawn(complaint, withdrawn);
    } else if (reliance.stopsAStep()) {
      kind = CONSENT_WITHDRAWAL_STOPS_A_STEP;
      fields = followUp.stepStopped(complaint, withdrawn, reliance);
    } else {
      kind = CONSENT_WITHDRAWAL_NOTED;
      fields = followUp.withdrawalNoted(complaint, withdrawn);
    }
    boolean patientsAgreementGone = withdrawn.purpose() == ConsentPurpose.REPRESENTATIVE_TO_ACT;
    TeamLetters team = settings.team();
    return team.letter(
        kind,
        complaint.reference().formatted(),
        patientsAgreementGone
            ? null
            : complaint.affectedPerson().map(AffectedPerson::nhsNumber).orElse(null),
        Addressee.of(complaint.complainant()),
        team.signatory(),
        withOmbudsman(fields));
  }

  /** The final response is signed by whoever signed it off (regulation 4). */
  private Signatory finalResponseSignatory(LetterCircumstances circumstances) {
    return circumstances
        .responseWording()
        .map(this::signedOffBy)
        .orElse(settings.responsiblePerson());
  }

  private Signatory signedOffBy(ResponseWording response) {
    Signatory signer = settings.signatoryFor(response.signedOffBy());
    if (settings.isTheResponsiblePerson(response.signedOffBy())) {
      return signer;
    }
    Signatory responsible = settings.responsiblePerson();
    return new Signatory(
        signer.name(), signer.role() + ", for " + responsible.name() + ", " + responsible.role());
  }

  /** On the final response, who signed it off and on whose authority, in the letter's words. */
  private Map<String, Object> withSignOff(
      String kind, LetterCircumstances circumstances, Map<String, Object> fields) {
    if (!FINAL_RESPONSE.equals(kind)) {
      return fields;
    }
    ResponseWording response = circumstances.responseWording().orElseThrow();
    Map<String, Object> signOff = new java.util.LinkedHashMap<>();
    Signatory signer = settings.signatoryFor(response.signedOffBy());
    signOff.put("name", signer.name());
    signOff.put("role", signer.role());
    signOff.put("byTheResponsiblePerson", settings.isTheResponsiblePerson(response.signedOffBy()));
    signOff.put(
        "responsiblePerson",
        Map.of(
            "name", settings.responsiblePerson().name(),
            "role", settings.responsiblePerson().role()));
    Map<String, Object> withIt = new java.util.LinkedHashMap<>(fields);
    withIt.put("signedOff", signOff);
    return withIt;
  }

  /** Every letter to the complainant may tell them of the Ombudsman, as the ICB configured it. */
  private Map<String, Object> withOmbudsman(Map<String, Object> fields) {
    Map<String, Object> all = new java.util.LinkedHashMap<>(fields);
    all.put("ombudsman", settings.ombudsman().fields());
    return all;
  }

  private Map<String, Object> toComplainant(
      String kind, Complaint complaint, LetterCircumstances circumstances) {
    if ((FINAL_RESPONSE.equals(kind) || HOLDING_LETTER.equals(kind))
        && !complaint.mayShareThePatientsInformationWithTheComplainant()) {
      // A response speaks of the patient's care: only to a representative the ICB accepted.
      throw new LetterNotReady(
          "The representative's standing to complain for the patient has not been accepted, so"
              + " no response about the patient can go to them.");
    }
    return switch (kind) {
      case ACKNOWLEDGEMENT -> opening.acknowledgement(complaint, circumstances);
      case CONSENT_FORM -> opening.consentForm(complaint);
      case OUTSIDE_REMIT -> opening.outsideRemit(complaint, circumstances);
      case CONSENT_DECLINED -> opening.consentDeclined(complaint);
      case IDENTITY_NEEDED -> investigation.identityNeeded(complaint);
      case HOLDING_LETTER -> investigation.holdingLetter(complaint);
      case FINAL_RESPONSE -> finalResponse.finalResponse(complaint, circumstances);
      case STANDING_REFUSED -> StandingRefusedFields.standingRefused(complaint);
      case TRANSFERRED -> routes.transferred(complaint);
      case JOINT_HANDLING -> routes.jointHandling(complaint);
      case CLOCK_STOPPED -> TimetableLetterFields.clockStopped(complaint);
      case CLOCK_RESTARTED -> TimetableLetterFields.clockRestarted(complaint);
      case RESPONSE_DATE_CHANGED -> TimetableLetterFields.responseDateChanged(complaint);
      case WITHDRAWAL_RECEIVED -> TimetableLetterFields.withdrawalReceived(complaint);
      case PLAN_CONFIRMED -> TimetableLetterFields.planConfirmed(complaint);
      case IDENTITY_REMINDER -> followUp.identityReminder(complaint);
      case CLOSED_NO_REPLY -> followUp.closedWithoutReply(complaint);
      default -> throw new IllegalArgumentException("there is no complaint letter '" + kind + "'");
    };
  }
}
