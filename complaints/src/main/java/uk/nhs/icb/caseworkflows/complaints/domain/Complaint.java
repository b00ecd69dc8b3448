package uk.nhs.icb.caseworkflows.complaints.domain;

import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.ACKNOWLEDGED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.AWAITING_CONSENT;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.AWAITING_SIGN_OFF;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.CLOSED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.INVESTIGATING;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.PLANNED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RECEIVED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.REOPENED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RESPONDED;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentPurpose;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A complaint file under the NHS complaints regulations, from receipt to closure: the complaint as
 * made, how it was received, and where it is in its life ({@link ComplaintStatus}). The root
 * decides which step may come next; its parts keep their own facts and rules: the {@link
 * Admissibility} (time limit and remit), the {@link ResponseTimetable} (due dates, clock stops,
 * date changes), the {@link InvestigationPlan}, the {@link DisclosureLog}, the {@link
 * ComplaintOutcome}, the {@link ComplaintCoding} for the national return and the {@link Closure},
 * whose date starts the file's retention clock.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  /** The case type of complaints in audit entries, letters, consents and /api/cases/{type}. */
  public static final String CASE_TYPE = "complaint";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Convert(converter = ComplaintReferenceConverter.class)
  @Column(name = "reference", nullable = false, unique = true, length = 15)
  private ComplaintReference reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ComplaintStatus status;

  @Embedded private Receipt receipt;
  @Embedded private ComplaintMade made;
  @Embedded private Admissibility admissibility;
  @Embedded private ResponseTimetable timetable;
  @Embedded private InvestigationPlan plan;
  @Embedded private DisclosureLog disclosureLog;
  @Embedded private ComplaintOutcome outcome;
  @Embedded private Closure closure;
  @Embedded private ComplaintCoding coding;
  @Embedded private StandingDecision standingDecision;
  @Embedded private Transfer transfer;
  @Embedded private JointHandling jointHandling;

  // The parts' lists: EclipseLink cannot map a collection inside an embeddable, so they are
  // mapped here and handed to their part by its accessor.
  @ElementCollection
  @CollectionTable(name = "complaint_issue", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<ComplaintIssue> issues = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "complaint_response_date_change",
      joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<ResponseDateChange> responseDateChanges = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "complaint_clock_stop", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<ClockStop> clockStops = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "complaint_breach", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<DeadlineBreach> breaches = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "complaint_disclosure", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<Disclosure> disclosures = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "complaint_improvement", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  @Column(name = "description", nullable = false, length = 4000)
  private List<String> improvements = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "complaint_coded_subject",
      joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", nullable = false, length = 40)
  private List<String> codedSubjects = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "complaint_coded_service_area",
      joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", nullable = false, length = 40)
  private List<String> codedServiceAreas = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "complaint_coded_profession",
      joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", nullable = false, length = 40)
  private List<String> codedProfessions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "complaint_joint_organisation",
      joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<JointOrganisation> jointOrganisations = new ArrayList<>();

  protected Complaint() {}

  /** Records a complaint as received; its deadlines run from the day of receipt. */
  public static Complaint receive(
      ComplaintReference reference,
      ComplaintMade made,
      Receipt receipt,
      ComplaintDeadlines deadlines) {
    Complaint complaint = new Complaint();
    complaint.id = UUID.randomUUID().toString();
    complaint.reference = reference;
    complaint.status = RECEIVED;
    complaint.receipt = receipt;
    complaint.made = made;
    LocalDate receivedOn = receipt.receivedOn();
    complaint.admissibility =
        new Admissibility(deadlines.timeLimit().isInTime(made.details(), receivedOn));
    complaint.timetable = new ResponseTimetable(receivedOn, deadlines);
    return complaint;
  }

  /** Records a spoken complaint put right by the end of the next working day, and closes it. */
  public static Complaint resolvedOrally(
      ComplaintReference reference,
      ComplaintMade made,
      Receipt receipt,
      String howResolved,
      Instant resolvedAt,
      String resolvedBy,
      ComplaintDeadlines deadlines) {
    Closure closure =
        Closure.resolvedOrally(receipt, howResolved, resolvedAt, resolvedBy, deadlines);
    Complaint complaint = receive(reference, made, receipt, deadlines);
    complaint.closure = closure;
    complaint.status = CLOSED;
    return complaint;
  }

  public void acknowledge(Instant at, String by) {
    status.require("an acknowledgement", RECEIVED);
    receipt.requireReceivedBy(at, "acknowledged");
    timetable().acknowledged(at, by);
    status = ACKNOWLEDGED;
  }

  /** Acknowledged, and waiting for the consents the plan needs. */
  public void awaitConsent() {
    status.require("waiting for consent", ACKNOWLEDGED);
    status = AWAITING_CONSENT;
  }

  /**
   * Whether the representative may complain for the patient (regulation 5); may be redone until the
   * plan is agreed. A refusal ends the complaint: the process writes to say why and closes it.
   */
  public void decideStanding(
      boolean accept,
      Boolean reasonableGrounds,
      Boolean bestInterests,
      String evidenceSeen,
      String reasons,
      Instant at,
      String by) {
    Representation representation =
        representation()
            .orElseThrow(
                () ->
                    new ComplaintRuleException(
                        "This complaint was made by the patient, so there is no representative's"
                            + " standing to decide."));
    status.require(
        "a decision on the representative's standing", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    standingDecision =
        StandingDecision.decide(
            representation,
            accept,
            reasonableGrounds,
            bestInterests,
            evidenceSeen,
            reasons,
            at,
            by);
  }

  /**
   * Whether what the ICB holds about the patient may go to the complainant: always for a patient's
   * own complaint; for a representative's only once their standing was accepted.
   */
  public boolean mayShareThePatientsInformationWithTheComplainant() {
    return representation().isEmpty() || (standingDecision != null && standingDecision.accepted());
  }

  /**
   * @param until what waits for the decision, finishing "before ..." ("the plan is agreed")
   */
  private void requireStandingAccepted(String until) {
    if (mayShareThePatientsInformationWithTheComplainant()) {
      return;
    }
    throw new ComplaintRuleException(
        standingDecision == null
            ? "Decide whether the representative may complain for the patient before " + until + "."
            : "The representative's standing to complain for the patient was not accepted: the"
                + " complaint goes no further, and nothing about the patient goes to them.");
  }

  /** The consents without which the plan cannot be agreed, for the handler to collect. */
  public List<RequiredConsent> consentsNeededToPlan(Investigator investigatedBy) {
    return made.consents().toPlan(investigatedBy);
  }

  /**
   * Refused until acknowledged, admitted (remit, time limit), with a representative's standing
   * accepted and with every consent it needs.
   */
  public void plan(
      ComplaintPlan agreed,
      ConsentCheck consentsGiven,
      ComplaintDeadlines deadlines,
      Instant at,
      String by) {
    if (status == RECEIVED) {
      throw new ComplaintRuleException("Acknowledge the complaint before agreeing its plan.");
    }
    status.require("a plan", ACKNOWLEDGED, AWAITING_CONSENT);
    admissibility.requireAdmitted();
    if (subject().isTheIcbItself() && agreed.investigatedBy() == Investigator.PROVIDER) {
      throw new ComplaintRuleException(
          "This complaint is about the ICB itself, so the ICB investigates it: no provider is"
              + " asked to.");
    }
    requireStandingAccepted("the plan is agreed");
    made.consents()
        .requireToPlan(agreed.investigatedBy(), consentsGiven.forCase(CASE_TYPE, id), at);
    LocalDate due = timetable().responseDueFor(agreed.agreedResponseDate(), at, deadlines);
    plan = plan().agreed(agreed, at, by);
    timetable().respondBy(due, at, by);
    status = PLANNED;
  }

  public void startInvestigation() {
    status.require("starting the investigation", PLANNED);
    status = INVESTIGATING;
  }

  /**
   * Records that a deadline passed and was escalated to the manager. Once per deadline and day: a
   * timer fired again for the same date (each step of the investigation carries the response date's
   * timer) changes nothing. Returns whether it was new.
   */
  public boolean recordBreach(DeadlineBreach.Kind kind, LocalDate dueOn, Instant at) {
    if (breaches.stream().anyMatch(breach -> breach.isOf(kind, dueOn))) {
      return false;
    }
    return breaches.add(new DeadlineBreach(kind, dueOn, at));
  }

  /** The deadlines missed, in the order they were escalated. */
  public List<DeadlineBreach> breaches() {
    return List.copyOf(breaches);
  }

  /** True from the day after the six-month date until a response is sent. */
  public boolean needsDelayLetterOn(LocalDate today) {
    return status != CLOSED && timetable().isPastSixMonthsWithoutResponseOn(today);
  }

  /** The finding on each issue, in the plan's order; may be redone until the response is sent. */
  public void recordOutcome(
      List<IssueOutcome> perIssue, List<String> actionsAndImprovements, Instant at, String by) {
    status.require("recording the outcome", INVESTIGATING, AWAITING_SIGN_OFF);
    if (timetable().isClockStopped()) {
      throw new ComplaintRuleException("Restart the clock before recording the outcome.");
    }
    jointHandling().ifPresent(JointHandling::requireEveryAnswer);
    plan().recordFindings(perIssue);
    outcome = outcome().recorded(perIssue, actionsAndImprovements, at, by);
    status = AWAITING_SIGN_OFF;
  }

  /**
   * The manager sent the draft back because the investigation is not finished: the complaint is
   * being investigated again, its outcome to be recorded afresh once it is.
   */
  public void investigateFurther() {
    status.require("investigating further", AWAITING_SIGN_OFF);
    status = INVESTIGATING;
  }

  /**
   * What still relies on a consent of this complaint for {@code purpose}, should it be withdrawn
   * now: before the response, handling and acting for the patient carry the whole complaint;
   * sharing with the organisation complained about carries the notice until it is sent and then
   * every further request to it; being named carries the named notice until it is sent. After the
   * response, or on a complaint about the ICB itself for sharing, nothing does.
   */
  public ConsentReliance relianceOn(ConsentPurpose purpose) {
    boolean beforeTheResponse =
        EnumSet.of(
                RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT, PLANNED, INVESTIGATING, AWAITING_SIGN_OFF)
            .contains(status);
    if (!beforeTheResponse) {
      return ConsentReliance.NOTHING;
    }
    boolean noticeSent = status == INVESTIGATING || status == AWAITING_SIGN_OFF;
    boolean aboutTheIcb = subject().isTheIcbItself();
    return switch (purpose) {
      case PROCESS_CASE, REPRESENTATIVE_TO_ACT -> ConsentReliance.THE_COMPLAINT;
      case SHARE_WITH_PROVIDER -> {
        if (aboutTheIcb) {
          yield ConsentReliance.NOTHING;
        }
        yield noticeSent
            ? ConsentReliance.ASKING_THE_PROVIDER
            : ConsentReliance.THE_NOTICE_TO_THE_PROVIDER;
      }
      case SHARE_IDENTITY_WITH_SUBJECT ->
          aboutTheIcb
                  || disclosureLog().disclosures().stream().anyMatch(Disclosure::identityDisclosed)
              ? ConsentReliance.NOTHING
              : ConsentReliance.NAMING_THE_COMPLAINANT;
      default -> ConsentReliance.NOTHING;
    };
  }

  /** The consent the organisation complained about may be told of the complaint under. */
  public RequiredConsent consentToShareWithProvider() {
    return made.consents().toShareWithProvider();
  }

  /** The final response, signed off by the responsible person (or someone for them), sent. */
  public void respond(Instant at, String signedOffBy) {
    status.require("sending the response", AWAITING_SIGN_OFF);
    // The response carries the patient's information: never to a representative not accepted.
    requireStandingAccepted("the response is sent");
    outcome().signedOff(signedOffBy);
    timetable().responded(at);
    status = RESPONDED;
  }

  /**
   * Reopens a complaint that was answered, because the complainant is not satisfied and asked for a
   * further response (further local resolution, PHSO Complaint Standards): it is open again, its
   * closure is set aside (so its retention clock stops) until the further response is sent.
   */
  public void reopenForFurtherResponse() {
    boolean closedAfterResponse =
        status == CLOSED && closure != null && closure.reason() == ClosureReason.RESPONDED;
    if (status != RESPONDED && !closedAfterResponse) {
      throw new ComplaintRuleException(
          "Only a complaint that has had its response can be reopened for a further response;"
              + " this one is "
              + status.description()
              + (status == CLOSED ? " without a response." : "."));
    }
    closure = null;
    status = REOPENED;
  }

  /** The further response was sent: the complaint closes again as responded. */
  public void furtherResponseSent(Instant at, String by) {
    status.require("sending a further response", REOPENED);
    status = RESPONDED;
    close(ClosureReason.RESPONDED, at, by);
  }

  /** Closes the complaint, for a reason its state supports; the retention clock starts. */
  public void close(ClosureReason reason, Instant at, String by) {
    boolean standingRefused = standingDecision != null && !standingDecision.accepted();
    closure = Closure.of(reason, status, admissibility, standingRefused, transfer != null, at, by);
    status = CLOSED;
  }

  /**
   * Codes the complaint for the national return, or recodes it. The patient's age band comes from
   * their date of birth at receipt when the file has one; otherwise it is chosen. Open complaints
   * are coded by the team; once closed only someone who may correct a closed file (a complaints
   * manager) can change it, as the return and the annual report count closed complaints too.
   */
  public void code(
      CodingChoice chosen,
      NationalReturnCodes codes,
      Instant at,
      String by,
      boolean mayCorrectClosedFile) {
    if (isClosed() && !mayCorrectClosedFile) {
      throw new ComplaintRuleException(
          "This complaint is closed. Only a complaints manager can correct its coding.");
    }
    Optional<String> bandFromBirth = ageBandFromBirthDate(codes);
    CodingChoice checked = codes.checked(chosen, bandFromBirth);
    coding = coding().recorded(checked, bandFromBirth.isPresent(), at, by);
  }

  /**
   * The patient's age band on the day the complaint was received, when the file has their date of
   * birth and a band holds that age; otherwise the band is chosen.
   */
  public Optional<String> ageBandFromBirthDate(NationalReturnCodes codes) {
    return affectedPerson()
        .map(AffectedPerson::dateOfBirth)
        .flatMap(born -> codes.ageBandOf(born, receipt.receivedOn()));
  }

  /**
   * Passes the complaint, before its plan is agreed, to the provider to handle and answer itself
   * (regulation 7(5): the complainant is then taken to have complained to the provider). It needs
   * the complainant's consent to the transfer and the patient's consent to share their information
   * with the provider; the sharing is recorded as a disclosure citing it. The process then writes
   * to both and closes the file as transferred.
   */
  public void transferToProvider(
      String provider, String whyBetterPlaced, ConsentCheck consentsGiven, Instant at, String by) {
    status.require("a transfer to the provider", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    if (transfer != null) {
      throw new ComplaintRuleException("This complaint has already been passed to the provider.");
    }
    if (subject().isTheIcbItself()) {
      throw new ComplaintRuleException(
          "This complaint is about the ICB itself: there is no provider to pass it to.");
    }
    RequiredConsent toTransfer = made.consents().toTransfer();
    // The complainant's own consent (reg 7(5)): no basis without consent stands in for it.
    String complainantConsent =
        consentsGiven
            .forCase(CASE_TYPE, id)
            .consentFor(toTransfer.purpose(), toTransfer.whose(), at)
            .orElseThrow(
                () ->
                    new ComplaintRuleException(
                        "The complaint cannot be passed to the provider without "
                            + toTransfer.described()
                            + ". Record it first."))
            .id();
    String to = Text.required(provider, "the provider it is passed to");
    String why = Text.required(whyBetterPlaced, "why the provider is better placed");
    Disclosure shared =
        disclosureLog()
            .discloseToOrganisation(
                "the complaint and the complainant's name and contact details, for the provider"
                    + " to handle and answer",
                to,
                toTransfer,
                consentsGiven,
                at,
                by);
    transfer = new Transfer(to, why, complainantConsent, shared.consentRecordId(), at, by);
  }

  /**
   * Handles the complaint jointly with other organisations concerned in it (regulation 9), once its
   * plan is agreed: one lead body, one co-ordinated response. Each organisation is told about the
   * complaint, so each is a disclosure on the file, citing the consent it relied on; the
   * complainant is named to them only with their consent to being named.
   *
   * @param leadOrganisation null when the ICB leads
   */
  public void agreeJointHandling(
      String leadOrganisation,
      List<JointHandling.Asked> asked,
      boolean complainantNamed,
      ConsentCheck consentsGiven,
      Instant at,
      String by) {
    status.require("agreeing joint handling", PLANNED, INVESTIGATING);
    if (jointHandling != null) {
      throw new ComplaintRuleException("Joint handling of this complaint is already agreed.");
    }
    List<JointOrganisation> organisations = new ArrayList<>();
    JointHandling agreed = JointHandling.agreed(leadOrganisation, asked, organisations, at, by);
    RequiredConsent naming = complainantNamed ? made.consents().toNameTheComplainant() : null;
    for (JointOrganisation organisation : organisations) {
      disclosureLog()
          .discloseToOrganisation(
              "the complaint, to handle it jointly: " + organisation.asked(),
              organisation.name(),
              naming,
              consentsGiven,
              at,
              by);
    }
    jointOrganisations.addAll(organisations);
    jointHandling = agreed;
  }

  /** Closed after its response with the complaint upheld in whole or in part. */
  public boolean readyForStoryConsent() {
    return closure != null
        && closure.reason() == ClosureReason.RESPONDED
        && outcome().upheldAtLeastInPart();
  }

  /** The closure date, from which the retention period runs; empty while open. */
  public Optional<LocalDate> retentionStartsOn() {
    return closure().map(Closure::closedOn);
  }

  public String id() {
    return id;
  }

  public ComplaintReference reference() {
    return reference;
  }

  public ComplaintStatus status() {
    return status;
  }

  public boolean isClosed() {
    return status == CLOSED;
  }

  public Receipt receipt() {
    return receipt;
  }

  public Party complainant() {
    return made.complainant();
  }

  /** Present when someone complains for the patient. */
  public Optional<AffectedPerson> affectedPerson() {
    return Optional.ofNullable(made.affectedPerson());
  }

  public Optional<Representation> representation() {
    return Optional.ofNullable(made.representation());
  }

  public SubjectOfComplaint subject() {
    return made.subject();
  }

  public ComplaintDetails details() {
    return made.details();
  }

  public Admissibility admissibility() {
    return admissibility.of(this::status);
  }

  public ResponseTimetable timetable() {
    return timetable.of(this::status, clockStops, responseDateChanges);
  }

  /** Until agreed, an empty plan: no issues, no investigator. */
  public InvestigationPlan plan() {
    return (plan != null ? plan : new InvestigationPlan()).of(issues);
  }

  public DisclosureLog disclosureLog() {
    return (disclosureLog != null ? disclosureLog : new DisclosureLog())
        .of(this::status, made.consents(), id, disclosures, log -> disclosureLog = log);
  }

  /** Until recorded, an empty outcome. */
  public ComplaintOutcome outcome() {
    return (outcome != null ? outcome : new ComplaintOutcome()).of(improvements);
  }

  /** Present once the complaint was passed to the provider to handle. */
  public Optional<Transfer> transfer() {
    return Optional.ofNullable(transfer);
  }

  /** Present once joint handling was agreed. */
  public Optional<JointHandling> jointHandling() {
    return Optional.ofNullable(jointHandling)
        .map(handling -> handling.of(this::status, jointOrganisations));
  }

  /** Until coded, an empty coding. */
  public ComplaintCoding coding() {
    return (coding != null ? coding : new ComplaintCoding())
        .of(codedSubjects, codedServiceAreas, codedProfessions);
  }

  /** Empty for a patient's own complaint, and until the representative's standing is decided. */
  public Optional<StandingDecision> standingDecision() {
    return Optional.ofNullable(standingDecision);
  }

  public Optional<Closure> closure() {
    return Optional.ofNullable(closure);
  }
}
