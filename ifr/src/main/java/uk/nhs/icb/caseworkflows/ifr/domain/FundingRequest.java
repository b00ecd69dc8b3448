package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentities;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReference;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReferenceConverter;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * An individual funding request: a patient's NHS clinician asks the ICB to fund a treatment it does
 * not routinely commission, for this patient, as an exception.
 *
 * <p>The coordinator logs what the clinician sent. Without evidence of the patient's consent to
 * share with the ICB it is returned at once and only what the return letter needs is kept.
 * Otherwise it is screened within its working days (the clock paused while the clinician is asked
 * for more): screened out to a policy, the policy process for service developments or NHS England,
 * or accepted as complete, which starts the 40-working-day clock to a decision. An urgent request
 * is decided by the chair's action instead and noted at the next panel. The panel answers both
 * exceptionality criteria with reasons; its decision may be reviewed (on three grounds, within 28
 * days) and referred back to a new panel, or reconsidered on significant new clinical information,
 * which sends it back to screening. An approval whose conditions ask for an outcome report waits
 * for it; then the request closes and its retention clock starts.
 */
@Entity
@Table(name = "ifr_request")
public class FundingRequest {

  /** The case type of IFRs in audit entries, letters, consents and /api/cases/{type}. */
  public static final String CASE_TYPE = "ifr";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Convert(converter = CaseReferenceConverter.class)
  @Column(name = "reference", nullable = false, unique = true, length = 15)
  private CaseReference reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private IfrStatus status;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "logged_by", nullable = false, length = 100)
  private String loggedBy;

  @Embedded private AffectedPerson patient;
  @Embedded private RequestingClinician clinician;
  @Embedded private TreatmentRequested treatment;

  @Column(name = "consent_evidence", length = 1000)
  private String consentEvidence;

  @Embedded private Screening screening;

  @Column(name = "complete_on")
  private LocalDate completeOn;

  @Column(name = "decision_due")
  private LocalDate decisionDue;

  @Embedded private PanelDecision decision;
  @Embedded private Review review;

  @Column(name = "reconsiderations")
  private int reconsiderations;

  /** What each reconsideration was asked on, oldest first. */
  @ElementCollection
  @CollectionTable(name = "ifr_new_information", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<NewClinicalInformation> newInformation = new ArrayList<>();

  @Column(name = "outcome_report", length = TreatmentRequested.TEXT_LENGTH)
  private String outcomeReport;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  protected FundingRequest() {}

  private FundingRequest(
      CaseReference reference, LocalDate receivedOn, String loggedBy, IfrStatus status) {
    this.id = UUID.randomUUID().toString();
    this.reference = reference;
    this.receivedOn = receivedOn;
    this.loggedBy = loggedBy;
    this.status = status;
  }

  /**
   * Logs a request that shows the patient's consent: screened within its working days, or, if
   * urgent, put to the chair. Without consent evidence it is a 400 on {@code consentEvidence}.
   */
  public static FundingRequest log(
      CaseReference reference,
      AffectedPerson patient,
      RequestingClinician clinician,
      TreatmentRequested treatment,
      String consentEvidence,
      LocalDate receivedOn,
      String loggedBy,
      IfrDeadlines deadlines) {
    String evidence = Text.optional(consentEvidence);
    if (evidence == null) {
      throw new InvalidInputException(
          "consentEvidence",
          "a request is complete only with evidence of the patient's consent to share with the"
              + " ICB; without it, record it as returned");
    }
    if (patient.nhsNumber() == null) {
      throw new InvalidInputException("patient.nhsNumber", "the patient's NHS number is required");
    }
    FundingRequest request =
        new FundingRequest(
            reference,
            receivedOn,
            loggedBy,
            treatment.isUrgent() ? IfrStatus.AWAITING_CHAIRS_ACTION : IfrStatus.SCREENING);
    request.patient = patient;
    request.clinician = clinician;
    request.treatment = treatment;
    request.consentEvidence = evidence;
    request.screening =
        Screening.dueOn(
            treatment.isUrgent()
                ? deadlines.chairsActionDue(receivedOn)
                : deadlines.screeningDue(receivedOn));
    if (treatment.isUrgent()) {
      request.startDecisionClock(receivedOn, deadlines.chairsActionDue(receivedOn));
    }
    return request;
  }

  /**
   * Records a request sent without evidence of consent as returned to the clinician: only the
   * patient's name and NHS number (so the clinician knows whom the letter is about), the clinician
   * and the treatment are kept; the rest of what was sent is not stored.
   */
  public static FundingRequest returnedForConsent(
      CaseReference reference,
      AffectedPerson patientAsNamed,
      RequestingClinician clinician,
      String treatmentCode,
      LocalDate receivedOn,
      String loggedBy) {
    FundingRequest request =
        new FundingRequest(reference, receivedOn, loggedBy, IfrStatus.RETURNED);
    request.patient =
        new AffectedPerson(patientAsNamed.name(), patientAsNamed.nhsNumber(), null, null, null);
    request.clinician = clinician;
    request.treatment = TreatmentRequested.forReturnLetter(treatmentCode);
    request.closedOn = receivedOn;
    return request;
  }

  /** The coordinator asks the clinician for more; the screening clock stops until they reply. */
  public void requestInformation(String whatIsNeeded, LocalDate on) {
    requireStatus(IfrStatus.SCREENING, "being screened");
    screening().pause(on, whatIsNeeded);
    status = IfrStatus.AWAITING_INFORMATION;
  }

  /** The clinician replied: screening resumes; returns the new screening date. */
  public LocalDate informationReceived(LocalDate on, IfrDeadlines deadlines) {
    requireStatus(IfrStatus.AWAITING_INFORMATION, "waiting for more information");
    status = IfrStatus.SCREENING;
    return screening().restart(on, deadlines);
  }

  /**
   * Records the screening. Accepted, the request is complete and its decision is due within the
   * working days counted from today; any other outcome but more information screens it out.
   */
  public void screen(ScreeningOutcome outcome, String why, LocalDate on, IfrDeadlines deadlines) {
    requireStatus(IfrStatus.SCREENING, "being screened");
    if (outcome == ScreeningOutcome.MORE_INFORMATION) {
      requestInformation(why, on);
      return;
    }
    screening().record(outcome, why, on);
    if (outcome == ScreeningOutcome.ACCEPTED) {
      startDecisionClock(on, deadlines.decisionDue(on));
      status = IfrStatus.AWAITING_PANEL;
    } else {
      status = IfrStatus.SCREENED_OUT;
      closedOn = on;
    }
  }

  private void startDecisionClock(LocalDate completeOn, LocalDate due) {
    this.completeOn = completeOn;
    this.decisionDue = due;
  }

  /** The quorate panel's decision at {@code meetingId}; the meeting checked its quorum. */
  public void decideAtPanel(PanelDecision made, String meetingId, LocalDate on) {
    requireStatus(IfrStatus.AWAITING_PANEL, "waiting for the panel");
    decision = made.madeAt(meetingId, on);
    status = IfrStatus.DECIDED;
  }

  /** The chair decides an urgent request alone; the next panel notes it. */
  public void decideByChairsAction(PanelDecision made, LocalDate on) {
    requireStatus(IfrStatus.AWAITING_CHAIRS_ACTION, "waiting for the chair's action");
    decision = made.byChairsAction(on);
    status = IfrStatus.DECIDED;
  }

  /** The next panel meeting noted the chair's action. */
  public void notedAt(String meetingId) {
    decision()
        .filter(PanelDecision::awaitsNoting)
        .orElseThrow(
            () ->
                new IfrRuleException(
                    "Request " + reference.formatted() + " has no chair's action to note."))
        .notedAt(meetingId);
  }

  /** A review of how the decision was made, asked for within its days of the decision letter. */
  public void requestReview(
      ReviewGround ground, String statedCase, LocalDate on, IfrDeadlines deadlines) {
    requireStatus(IfrStatus.DECIDED, "decided");
    LocalDate lastDay = deadlines.reviewRequestBy(decision().orElseThrow().decidedOn());
    if (on.isAfter(lastDay)) {
      throw new IfrRuleException(
          "A review had to be asked for by " + Text.day(lastDay) + "; it is too late now.");
    }
    review = Review.requested(ground, statedCase, on, deadlines.reviewOutcomeDue(on));
    status = IfrStatus.UNDER_REVIEW;
  }

  /** Upheld, the decision stands; referred back, a new panel hears the request. */
  public void decideReview(ReviewOutcome outcome, String reasons, LocalDate on) {
    requireStatus(IfrStatus.UNDER_REVIEW, "under review");
    review().orElseThrow().decide(outcome, reasons, on);
    status = outcome == ReviewOutcome.UPHELD ? IfrStatus.DECIDED : IfrStatus.AWAITING_PANEL;
  }

  /** Significant new clinical information: the request is screened again, on a new clock. */
  public LocalDate reconsider(String newInformation, LocalDate on, IfrDeadlines deadlines) {
    requireStatus(IfrStatus.DECIDED, "decided");
    this.newInformation.add(NewClinicalInformation.received(newInformation, on));
    reconsiderations++;
    screening = Screening.dueOn(deadlines.screeningDue(on));
    status = IfrStatus.SCREENING;
    return screening.due();
  }

  /** What the clinician reported of the approved treatment's outcome, as its conditions asked. */
  public void recordOutcomeReport(String report, LocalDate on) {
    requireStatus(IfrStatus.DECIDED, "decided");
    this.outcomeReport = TreatmentRequested.text(report, "report");
  }

  /** Closes a decided request; its retention clock starts on this day. */
  public void close(LocalDate on) {
    if (!status.isClosed()) {
      status = IfrStatus.CLOSED;
      closedOn = on;
    }
  }

  /** What identifies the patient and the clinician, to be kept out of the panel's papers. */
  public KnownIdentities knownIdentities() {
    KnownIdentities known = KnownIdentities.of(patient);
    return clinician == null
        ? known
        : known.withName(clinician.name()).withEmail(clinician.email());
  }

  private void requireStatus(IfrStatus expected, String description) {
    if (status != expected) {
      throw new IfrRuleException(
          "Request "
              + reference.formatted()
              + " is not "
              + description
              + ": it is "
              + status.label().toLowerCase(java.util.Locale.UK)
              + ".");
    }
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public CaseReference reference() {
    return reference;
  }

  public IfrStatus status() {
    return status;
  }

  public boolean isClosed() {
    return status.isClosed();
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public String loggedBy() {
    return loggedBy;
  }

  public AffectedPerson patient() {
    return patient;
  }

  public RequestingClinician clinician() {
    return clinician;
  }

  public TreatmentRequested treatment() {
    return treatment;
  }

  public Optional<String> consentEvidence() {
    return Optional.ofNullable(consentEvidence);
  }

  public Screening screening() {
    return screening;
  }

  public Optional<LocalDate> completeOn() {
    return Optional.ofNullable(completeOn);
  }

  public Optional<LocalDate> decisionDue() {
    return Optional.ofNullable(decisionDue);
  }

  public Optional<PanelDecision> decision() {
    return Optional.ofNullable(decision).filter(made -> made.outcome() != null);
  }

  public Optional<Review> review() {
    return Optional.ofNullable(review).filter(asked -> asked.ground() != null);
  }

  public int reconsiderations() {
    return reconsiderations;
  }

  /** The new clinical information of each reconsideration, oldest first. */
  public List<NewClinicalInformation> newInformation() {
    return List.copyOf(newInformation);
  }

  public Optional<String> outcomeReport() {
    return Optional.ofNullable(outcomeReport);
  }

  /** The day retention counts from: the day it closed. */
  public Optional<LocalDate> retentionStartsOn() {
    return Optional.ofNullable(closedOn);
  }
}
