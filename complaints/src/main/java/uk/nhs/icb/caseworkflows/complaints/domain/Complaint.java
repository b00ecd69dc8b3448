package uk.nhs.icb.caseworkflows.complaints.domain;

import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.ACKNOWLEDGED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.AWAITING_CONSENT;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.AWAITING_SIGN_OFF;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.CLOSED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.INVESTIGATING;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.PLANNED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RECEIVED;
import static uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus.RESPONDED;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentRecord;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A complaint file under the NHS complaints regulations, from receipt to closure.
 *
 * <p>A complaint is <b>received</b> ({@link #receive}) by letter, email, phone or in person, with
 * the complainant, the patient if someone complains for them and their standing to do so, who and
 * what it is about, and what happened. Receipt fixes the acknowledgement date (3 working days) and
 * the six-month date, and whether the complaint is within the 12-month time limit. A spoken
 * complaint put right by the end of the next working day is recorded and closed at once instead
 * ({@link #resolvedOrally}).
 *
 * <p>The handler then <b>checks time limit and remit</b>: a late complaint goes on only if there
 * was good reason for the delay and it can still be investigated fairly; a complaint that is not
 * for the ICB is closed with a letter saying where to go. The complaint is <b>acknowledged</b>, and
 * may <b>await consent</b>: the complainant's to the ICB handling it and, when a representative
 * acts at a living patient's request, the patient's. With those in force the <b>plan</b> is agreed:
 * the issues, who investigates, and the response date (25 working days unless agreed otherwise).
 *
 * <p>During the <b>investigation</b> the handler may stop the clock and restart it, which moves the
 * response date on by the working days lost, and may change the response date with a reason; each
 * change is kept. Nothing is shared with those complained about without a consent to cite, and the
 * complainant is never named to them without their consent to that; every disclosure is kept. The
 * <b>outcome</b> is recorded per issue, the overall outcome derived from them, and after sign-off
 * the complaint is <b>responded</b> to. If six months pass without a response, a letter must
 * explain the delay.
 *
 * <p>A complaint is <b>closed</b> when responded to, withdrawn, when consent is not given, or when
 * it is outside remit or out of time. The closure date starts the file's retention clock, and an
 * upheld or partly upheld complaint closed after its response is ready for the story-consent step.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  /** The case type under which audit entries, letters and consents of complaints are filed. */
  /** As in process variables, audit events and /api/cases/{type}. */
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

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "complainant_name")),
    @AttributeOverride(
        name = "addressLines",
        column = @Column(name = "complainant_address_lines", length = 1000)),
    @AttributeOverride(
        name = "postcode",
        column = @Column(name = "complainant_postcode", length = 10)),
    @AttributeOverride(
        name = "telephone",
        column = @Column(name = "complainant_telephone", length = 40)),
    @AttributeOverride(name = "email", column = @Column(name = "complainant_email", length = 320))
  })
  private Party complainant;

  @Embedded private AffectedPerson affectedPerson;

  @Embedded private Representation representation;

  @Embedded private SubjectOfComplaint subject;

  @Embedded private ComplaintDetails details;

  @Column(name = "received_in_time", nullable = false)
  private boolean receivedInTime;

  @Embedded private LateComplaintDecision lateDecision;

  @Embedded private RemitDecision remit;

  @Column(name = "acknowledgement_due", nullable = false)
  private LocalDate acknowledgementDue;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "six_month_date", nullable = false)
  private LocalDate sixMonthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "investigated_by", length = 10)
  private Investigator investigatedBy;

  @Column(name = "planned_at")
  private Instant plannedAt;

  @Column(name = "planned_by", length = 100)
  private String plannedBy;

  @Column(name = "response_due")
  private LocalDate responseDue;

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

  @Embedded private Anonymity anonymity;

  @ElementCollection
  @CollectionTable(name = "complaint_disclosure", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<Disclosure> disclosures = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "overall_outcome", length = 20)
  private IssueOutcome overallOutcome;

  @ElementCollection
  @CollectionTable(name = "complaint_improvement", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  @Column(name = "description", nullable = false, length = 4000)
  private List<String> improvements = new ArrayList<>();

  @Column(name = "outcome_recorded_at")
  private Instant outcomeRecordedAt;

  @Column(name = "outcome_recorded_by", length = 100)
  private String outcomeRecordedBy;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "signed_off_by", length = 100)
  private String signedOffBy;

  @Column(name = "oral_resolution", length = 4000)
  private String oralResolution;

  @Embedded private Closure closure;

  protected Complaint() {}

  private Complaint(
      ComplaintReference reference,
      ComplaintMade made,
      Receipt receipt,
      ComplaintDeadlines deadlines) {
    this.id = UUID.randomUUID().toString();
    this.reference = reference;
    this.status = RECEIVED;
    this.receipt = receipt;
    this.complainant = made.complainant();
    this.affectedPerson = made.affectedPerson();
    this.representation = made.representation();
    this.subject = made.subject();
    this.details = made.details();
    LocalDate receivedOn = receipt.receivedOn();
    this.receivedInTime = deadlines.timeLimit().isInTime(details, receivedOn);
    this.acknowledgementDue = deadlines.acknowledgementDue(receivedOn);
    this.sixMonthDate = deadlines.sixMonthDate(receivedOn);
  }

  /** Records a complaint as received; its deadlines run from the day of receipt. */
  public static Complaint receive(
      ComplaintReference reference,
      ComplaintMade made,
      Receipt receipt,
      ComplaintDeadlines deadlines) {
    return new Complaint(reference, made, receipt, deadlines);
  }

  /**
   * Records a spoken complaint that was put right by the end of the next working day, and closes
   * it: it stays outside the formal process (reg 8), but the ICB still knows it was made.
   */
  public static Complaint resolvedOrally(
      ComplaintReference reference,
      ComplaintMade made,
      Receipt receipt,
      String howResolved,
      Instant resolvedAt,
      String resolvedBy,
      ComplaintDeadlines deadlines) {
    if (!receipt.channel().isOral()) {
      throw new ComplaintRuleException(
          "Only a complaint made by telephone or in person can be resolved orally; a written "
              + "complaint goes through the complaints process.");
    }
    LocalDate lastDay = deadlines.lastDayToResolveOrally(receipt.receivedOn());
    if (Text.londonDate(resolvedAt).isAfter(lastDay)) {
      throw new ComplaintRuleException(
          "This complaint was not resolved by the end of the next working day ("
              + Text.day(lastDay)
              + "), so it must go through the complaints process.");
    }
    Complaint complaint = new Complaint(reference, made, receipt, deadlines);
    complaint.requireNotBeforeReceipt(resolvedAt, "resolved");
    complaint.oralResolution = Text.required(howResolved, "how the complaint was resolved");
    complaint.status = CLOSED;
    complaint.closure = new Closure(ClosureReason.RESOLVED_ORALLY, resolvedAt, resolvedBy);
    return complaint;
  }

  /** A late complaint goes on only if both are true; the decision may be revised until planned. */
  public void decideOnLateComplaint(
      boolean goodReason, boolean canStillInvestigateFairly, String note, Instant at, String by) {
    requireStatus("a decision on lateness", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    if (receivedInTime) {
      throw new ComplaintRuleException(
          "This complaint was made in time, so there is no decision on lateness to record.");
    }
    lateDecision = new LateComplaintDecision(goodReason, canStillInvestigateFairly, note, at, by);
  }

  public void decideWithinRemit(Instant at, String by) {
    requireStatus("a decision on remit", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    remit = RemitDecision.within(at, by);
  }

  /** Not for the ICB: the complaint is then closed with a letter saying where to go. */
  public void decideOutsideRemit(
      OutsideRemitReason reason, String whereToGo, Instant at, String by) {
    requireStatus("a decision on remit", RECEIVED, ACKNOWLEDGED, AWAITING_CONSENT);
    remit = RemitDecision.outside(reason, whereToGo, at, by);
  }

  public void acknowledge(Instant at, String by) {
    requireStatus("an acknowledgement", RECEIVED);
    requireNotBeforeReceipt(at, "acknowledged");
    acknowledgedAt = at;
    acknowledgedBy = Text.required(by, "who acknowledged the complaint");
    status = ACKNOWLEDGED;
  }

  /** Acknowledged, and waiting for the consents the plan needs. */
  public void awaitConsent() {
    requireStatus("waiting for consent", ACKNOWLEDGED);
    status = AWAITING_CONSENT;
  }

  /** The consents without which the plan cannot be agreed, for the handler to collect. */
  public List<RequiredConsent> consentsNeededToPlan(Investigator investigatedBy) {
    return consents().toPlan(investigatedBy);
  }

  /**
   * Agrees the plan. Refused until the complaint is acknowledged, found within remit, in time or
   * accepted late, and every consent it needs is in force.
   */
  public void plan(
      ComplaintPlan plan,
      ConsentCheck consentsGiven,
      ComplaintDeadlines deadlines,
      Instant at,
      String by) {
    if (status == RECEIVED) {
      throw new ComplaintRuleException("Acknowledge the complaint before agreeing its plan.");
    }
    requireStatus("a plan", ACKNOWLEDGED, AWAITING_CONSENT);
    requireWithinRemit();
    requireInTimeOrAcceptedLate();
    ConsentCheck ofThisCase = consentsGiven.forCase(CASE_TYPE, id);
    for (RequiredConsent needed : consents().toPlan(plan.investigatedBy())) {
      if (!needed.isMetBy(ofThisCase, at)) {
        throw new ComplaintRuleException(
            "The plan cannot be agreed without " + needed.described() + ". Record it first.");
      }
    }
    LocalDate plannedOn = Text.londonDate(at);
    LocalDate due = plan.agreedResponseDate();
    if (due != null && !due.isAfter(plannedOn)) {
      throw new ComplaintRuleException("The agreed response date must be after today.");
    }
    for (String issue : plan.issues()) {
      issues.add(ComplaintIssue.numbered(issues.size() + 1, issue));
    }
    investigatedBy = plan.investigatedBy();
    responseDue = due != null ? due : deadlines.defaultResponseDue(plannedOn);
    plannedAt = at;
    plannedBy = Text.required(by, "who agreed the plan");
    status = PLANNED;
  }

  public void startInvestigation() {
    requireStatus("starting the investigation", PLANNED);
    status = INVESTIGATING;
  }

  /** Stops the response clock, for example while waiting for something only others can give. */
  public void stopClock(String reason, Instant at, String by) {
    requireStatus("stopping the clock", PLANNED, INVESTIGATING);
    Optional<ClockStop> ongoing = ongoingClockStop();
    if (ongoing.isPresent()) {
      throw new ComplaintRuleException(
          "The clock is already stopped, since " + Text.day(ongoing.get().stoppedOn()) + ".");
    }
    clockStops.add(ClockStop.stopped(reason, at, by));
  }

  /** Restarts the clock and moves the response date on by the working days it stood still. */
  public void restartClock(Instant at, String by, ComplaintDeadlines deadlines) {
    ClockStop stop =
        ongoingClockStop()
            .orElseThrow(() -> new ComplaintRuleException("The clock is not stopped."));
    if (at.isBefore(stop.stoppedAt())) {
      throw new ComplaintRuleException("The clock cannot restart before it stopped.");
    }
    int lost = deadlines.workingDaysStopped(stop.stoppedOn(), Text.londonDate(at));
    clockStops.set(clockStops.size() - 1, stop.restarted(at, by, lost));
    if (lost > 0) {
      moveResponseDate(
          deadlines.moveOn(responseDue, lost),
          "Clock stopped for " + lost + " working day(s): " + stop.reason(),
          at,
          by);
    }
  }

  /** Moves the response date, for example as agreed with the complainant; the reason is kept. */
  public void changeResponseDate(LocalDate newDate, String reason, Instant at, String by) {
    requireStatus("changing the response date", PLANNED, INVESTIGATING, AWAITING_SIGN_OFF);
    if (newDate.equals(responseDue)) {
      throw new ComplaintRuleException("The response date is already " + Text.day(newDate) + ".");
    }
    if (newDate.isBefore(Text.londonDate(at))) {
      throw new ComplaintRuleException("The new response date cannot be in the past.");
    }
    moveResponseDate(newDate, reason, at, by);
  }

  /**
   * A longer period agreed with the complainant, which must be agreed before the six months end.
   */
  public void agreeLaterSixMonthDate(LocalDate agreedDate, Instant at) {
    requireOpenAndNotResponded("agreeing a later six-month date");
    if (Text.londonDate(at).isAfter(sixMonthDate)) {
      throw new ComplaintRuleException(
          "The six months ended on "
              + Text.day(sixMonthDate)
              + "; a longer period can only be agreed before then.");
    }
    if (!agreedDate.isAfter(sixMonthDate)) {
      throw new ComplaintRuleException(
          "The agreed date must be later than " + Text.day(sixMonthDate) + ".");
    }
    sixMonthDate = agreedDate;
  }

  /** True from the day after the six-month date until a response is sent. */
  public boolean needsDelayLetterOn(LocalDate today) {
    return status != CLOSED && respondedAt == null && today.isAfter(sixMonthDate);
  }

  /** The complainant asked not to be named to those complained about. */
  public void askNotToBeNamed(Instant at, String recordedBy) {
    requireOpenAndNotResponded("a request not to be named");
    anonymity = Anonymity.requested(at, recordedBy);
  }

  /** Whether the complaint can be investigated without naming the complainant, and why. */
  public void decideAnonymity(
      boolean canInvestigateAnonymously, String reason, Instant at, String by) {
    requireOpenAndNotResponded("a decision on anonymity");
    if (anonymity == null) {
      throw new ComplaintRuleException("The complainant has not asked not to be named.");
    }
    anonymity = anonymity.decided(canInvestigateAnonymously, reason, at, by);
  }

  /**
   * Records information shared with those complained about, without naming the complainant. It
   * relies on the consent of the person the complaint is about to share their information.
   */
  public void discloseToSubject(
      String whatWasShared, String recipient, ConsentCheck consentsGiven, Instant at, String by) {
    disclose(
        consents().toShareWithProvider(), false, whatWasShared, recipient, consentsGiven, at, by);
  }

  /** Records the complainant's identity being shared with those complained about. */
  public void discloseIdentityToSubject(
      String whatWasShared, String recipient, ConsentCheck consentsGiven, Instant at, String by) {
    disclose(
        consents().toNameTheComplainant(), true, whatWasShared, recipient, consentsGiven, at, by);
  }

  private void disclose(
      RequiredConsent needed,
      boolean identity,
      String whatWasShared,
      String recipient,
      ConsentCheck consentsGiven,
      Instant at,
      String by) {
    requireOpenAndNotResponded("a disclosure");
    ConsentRecord basis =
        needed
            .basisIn(consentsGiven.forCase(CASE_TYPE, id), at)
            .orElseThrow(
                () ->
                    new ComplaintRuleException(
                        "Nothing can be shared without "
                            + needed.described()
                            + ". Record the consent before sharing."));
    disclosures.add(new Disclosure(whatWasShared, recipient, identity, basis.id(), at, by));
  }

  /**
   * Records the finding on each issue, in the plan's order, and the actions and service
   * improvements identified; the overall outcome follows from the findings. May be redone until the
   * response is sent.
   */
  public void recordOutcome(
      List<IssueOutcome> perIssue, List<String> actionsAndImprovements, Instant at, String by) {
    requireStatus("recording the outcome", INVESTIGATING, AWAITING_SIGN_OFF);
    if (isClockStopped()) {
      throw new ComplaintRuleException("Restart the clock before recording the outcome.");
    }
    if (perIssue.size() != issues.size()) {
      throw new ComplaintRuleException(
          "Record an outcome for each of the " + issues.size() + " issue(s) in the plan.");
    }
    for (int i = 0; i < issues.size(); i++) {
      issues.set(i, issues.get(i).withOutcome(perIssue.get(i)));
    }
    overallOutcome = IssueOutcome.overallOf(perIssue);
    improvements.clear();
    actionsAndImprovements.stream()
        .map(Text::optional)
        .filter(Objects::nonNull)
        .forEach(improvements::add);
    outcomeRecordedAt = at;
    outcomeRecordedBy = Text.required(by, "who recorded the outcome");
    status = AWAITING_SIGN_OFF;
  }

  /**
   * The final response, signed off by the responsible person (or someone acting for them), sent.
   */
  public void respond(Instant at, String signedOffBy) {
    requireStatus("sending the response", AWAITING_SIGN_OFF);
    respondedAt = at;
    this.signedOffBy = Text.required(signedOffBy, "who signed off the response");
    status = RESPONDED;
  }

  /**
   * Closes the complaint; the closure date starts the retention clock. Once responded to, a
   * complaint closes as responded; before that only for a reason its state supports.
   */
  public void close(ClosureReason reason, Instant at, String by) {
    requireClosableAs(reason);
    closure = new Closure(reason, at, by);
    status = CLOSED;
  }

  /** Closed after its response with the complaint upheld in whole or in part. */
  public boolean readyForStoryConsent() {
    return closure != null
        && closure.reason() == ClosureReason.RESPONDED
        && overallOutcome != null
        && overallOutcome.upheldAtLeastInPart();
  }

  /** The closure date, from which the retention period runs; empty while open. */
  public Optional<LocalDate> retentionStartsOn() {
    return Optional.ofNullable(closure).map(Closure::closedOn);
  }

  public boolean isClockStopped() {
    return ongoingClockStop().isPresent();
  }

  public boolean wasAcknowledgedLate() {
    return acknowledgedAt != null && Text.londonDate(acknowledgedAt).isAfter(acknowledgementDue);
  }

  private Optional<ClockStop> ongoingClockStop() {
    return clockStops.stream().filter(ClockStop::isOngoing).findFirst();
  }

  private void moveResponseDate(LocalDate newDate, String reason, Instant at, String by) {
    responseDateChanges.add(new ResponseDateChange(responseDue, newDate, reason, at, by));
    responseDue = newDate;
  }

  private ComplaintConsents consents() {
    return new ComplaintConsents(complainant, affectedPerson, representation);
  }

  private void requireClosableAs(ClosureReason reason) {
    requireOpen();
    switch (reason) {
      case RESPONDED -> requireStatus("closing as responded", RESPONDED);
      case WITHDRAWN, CONSENT_NOT_GIVEN ->
          requireOpenAndNotResponded("closing as " + words(reason));
      case OUTSIDE_REMIT -> {
        if (remit == null || remit.withinRemit()) {
          throw new ComplaintRuleException(
              "Record that the complaint is not for the ICB, and where to go, before closing it.");
        }
      }
      case OUT_OF_TIME -> {
        if (receivedInTime || lateDecision == null || lateDecision.accepts()) {
          throw new ComplaintRuleException(
              "Only a late complaint that was not accepted can be closed as out of time.");
        }
      }
      case RESOLVED_ORALLY ->
          throw new ComplaintRuleException(
              "A complaint resolved orally is recorded as such when it is received, not closed later.");
    }
  }

  private void requireWithinRemit() {
    if (remit == null) {
      throw new ComplaintRuleException(
          "Decide whether the complaint is for the ICB before agreeing its plan.");
    }
    if (!remit.withinRemit()) {
      throw new ComplaintRuleException(
          "This complaint is not for the ICB: close it with a letter saying where to go.");
    }
  }

  private void requireInTimeOrAcceptedLate() {
    if (receivedInTime) {
      return;
    }
    if (lateDecision == null) {
      throw new ComplaintRuleException(
          "This complaint was made after the time limit. Record whether there was good reason "
              + "for the delay and whether it can still be investigated fairly.");
    }
    if (!lateDecision.accepts()) {
      throw new ComplaintRuleException(
          "This late complaint was not accepted: close it as out of time.");
    }
  }

  private void requireNotBeforeReceipt(Instant at, String what) {
    if (at.isBefore(receipt.receivedAt())) {
      throw new ComplaintRuleException(
          "A complaint cannot be " + what + " before it was received.");
    }
  }

  private void requireOpen() {
    if (status == CLOSED) {
      throw new ComplaintRuleException("This complaint is closed.");
    }
  }

  private void requireOpenAndNotResponded(String change) {
    requireStatus(
        change,
        RECEIVED,
        ACKNOWLEDGED,
        AWAITING_CONSENT,
        PLANNED,
        INVESTIGATING,
        AWAITING_SIGN_OFF);
  }

  private void requireStatus(String change, ComplaintStatus... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      throw new ComplaintRuleException(
          capitalised(change)
              + " is not possible while the complaint is "
              + status.description()
              + ".");
    }
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
    return complainant;
  }

  /** Present when someone complains for the patient. */
  public Optional<AffectedPerson> affectedPerson() {
    return Optional.ofNullable(affectedPerson);
  }

  public Optional<Representation> representation() {
    return Optional.ofNullable(representation);
  }

  public SubjectOfComplaint subject() {
    return subject;
  }

  public ComplaintDetails details() {
    return details;
  }

  public boolean isReceivedInTime() {
    return receivedInTime;
  }

  public Optional<LateComplaintDecision> lateDecision() {
    return Optional.ofNullable(lateDecision);
  }

  public Optional<RemitDecision> remit() {
    return Optional.ofNullable(remit);
  }

  public LocalDate acknowledgementDue() {
    return acknowledgementDue;
  }

  public Optional<Instant> acknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  /** Six months after receipt, or the later date agreed with the complainant. */
  public LocalDate sixMonthDate() {
    return sixMonthDate;
  }

  public Optional<Investigator> investigatedBy() {
    return Optional.ofNullable(investigatedBy);
  }

  public Optional<Instant> plannedAt() {
    return Optional.ofNullable(plannedAt);
  }

  public String plannedBy() {
    return plannedBy;
  }

  /** Set when the plan is agreed. */
  public Optional<LocalDate> responseDue() {
    return Optional.ofNullable(responseDue);
  }

  public List<ComplaintIssue> issues() {
    return List.copyOf(issues);
  }

  public List<ResponseDateChange> responseDateChanges() {
    return List.copyOf(responseDateChanges);
  }

  public List<ClockStop> clockStops() {
    return List.copyOf(clockStops);
  }

  public Optional<Anonymity> anonymity() {
    return Optional.ofNullable(anonymity);
  }

  public List<Disclosure> disclosures() {
    return List.copyOf(disclosures);
  }

  public Optional<IssueOutcome> overallOutcome() {
    return Optional.ofNullable(overallOutcome);
  }

  public List<String> actionsAndImprovements() {
    return List.copyOf(improvements);
  }

  public Optional<Instant> outcomeRecordedAt() {
    return Optional.ofNullable(outcomeRecordedAt);
  }

  public String outcomeRecordedBy() {
    return outcomeRecordedBy;
  }

  public Optional<Instant> respondedAt() {
    return Optional.ofNullable(respondedAt);
  }

  public String signedOffBy() {
    return signedOffBy;
  }

  /** How a spoken complaint was put right, when it was resolved orally. */
  public Optional<String> oralResolution() {
    return Optional.ofNullable(oralResolution);
  }

  public Optional<Closure> closure() {
    return Optional.ofNullable(closure);
  }

  private static String capitalised(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }

  private static String words(ClosureReason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
