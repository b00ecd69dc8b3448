package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentCheck;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintPlan;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterContents;
import uk.nhs.icb.caseworkflows.complaints.letters.LetterCircumstances;

/**
 * The complaint plan and what follows from it: whether the organisation complained about may be
 * told who complained. Every disclosure is recorded on the file, with the consent it relied on,
 * before the process sends the notice; without that consent the action is refused and nothing
 * changes.
 */
@ApplicationScoped
public class ComplaintPlanning {

  /** How long the organisation complained about has to send its account. */
  static final int PROVIDER_RESPONSE_WORKING_DAYS = 10;

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords consents;
  private final ComplaintDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final ComplaintLetterContents letters;
  private final LetterIssuing issuing;

  @Inject
  public ComplaintPlanning(
      ComplaintSteps steps,
      ComplaintConsentRecords consents,
      ComplaintDeadlines deadlines,
      WorkingDayCalendar calendar,
      ComplaintLetterContents letters,
      LetterIssuing issuing) {
    this.steps = steps;
    this.consents = consents;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.letters = letters;
    this.issuing = issuing;
  }

  protected ComplaintPlanning() {
    this(null, null, null, null, null, null);
  }

  @Transactional
  public Complaint agreePlan(String id, ComplaintPlan plan, boolean anonymityRequested) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.AGREE_PLAN, "its plan");
    Instant now = steps.now();
    String by = steps.callerName();
    ConsentCheck given = consents.check(id);
    complaint.plan(plan, given, deadlines, now, by);
    // Regulation 13: the complainant has the plan and its response date in writing, in the same
    // transaction as the plan itself.
    issuing.issue(
        Complaint.CASE_TYPE,
        id,
        letters.letterOf(
            ComplaintLetterContents.PLAN_CONFIRMED, complaint, LetterCircumstances.none()));
    boolean aboutTheIcb = complaint.subject().isTheIcbItself();
    if (aboutTheIcb) {
      // Nothing goes to another organisation: the ICB investigates and responds itself.
      complaint.startInvestigation();
    } else if (anonymityRequested) {
      complaint.disclosureLog().askNotToBeNamed(now, by);
    } else {
      discloseNamed(complaint, given, now, by);
    }
    Map<String, Object> flags = new HashMap<>();
    flags.put("anonymityRequested", anonymityRequested);
    flags.put("aboutTheIcb", aboutTheIcb);
    flags.put(
        "responseDue",
        ComplaintSteps.lastMomentOf(complaint.timetable().responseDue().orElseThrow()));
    // The model's response clock runs from here; stopping it is a message (ComplaintTimetable).
    flags.put("clockStopped", false);
    flags.putAll(providerReplyDatesFromToday());
    steps.audit(
        "COMPLAINT_PLANNED",
        id,
        plan.issues().size()
            + " issues; investigated by "
            + plan.investigatedBy()
            + "; anonymity requested "
            + anonymityRequested);
    steps.complete(complaint, step, flags);
    return complaint;
  }

  @Transactional
  public Complaint decideAnonymity(String id, boolean canInvestigateAnonymously, String reason) {
    Complaint complaint = steps.file(id);
    CaseTask step =
        steps.openStep(
            complaint, ComplaintTask.DECIDE_ANONYMOUS, "a decision on investigating anonymously");
    Instant now = steps.now();
    String by = steps.callerName();
    complaint.disclosureLog().decideAnonymity(canInvestigateAnonymously, reason, now, by);
    if (canInvestigateAnonymously) {
      complaint
          .disclosureLog()
          .discloseToSubject(
              "the complaint without the complainant's identity",
              complaint.subject().organisationOrService(),
              consents.check(id),
              now,
              by);
      complaint.startInvestigation();
    }
    steps.audit(
        "ANONYMITY_DECIDED", id, "can investigate anonymously " + canInvestigateAnonymously);
    Map<String, Object> flags = new HashMap<>();
    flags.put("canInvestigateAnonymously", canInvestigateAnonymously);
    if (canInvestigateAnonymously) {
      // The notice goes now, not when the plan was agreed: the reply is due from today.
      flags.putAll(providerReplyDatesFromToday());
    }
    steps.complete(complaint, step, flags);
    return complaint;
  }

  /** The complainant's answer when they cannot stay anonymous: be named, or withdraw. */
  @Transactional
  public Complaint recordChoice(String id, boolean proceedWithDisclosure) {
    Complaint complaint = steps.file(id);
    CaseTask step =
        steps.openStep(complaint, ComplaintTask.RECORD_CHOICE, "the complainant's choice");
    if (proceedWithDisclosure) {
      discloseNamed(complaint, consents.check(id), steps.now(), steps.callerName());
    }
    steps.audit(
        "COMPLAINANT_CHOICE_RECORDED", id, "proceed with disclosure " + proceedWithDisclosure);
    Map<String, Object> flags = new HashMap<>();
    flags.put("proceedWithDisclosure", proceedWithDisclosure);
    if (proceedWithDisclosure) {
      // The notice goes now, after the complainant's answer: the reply is due from today.
      flags.putAll(providerReplyDatesFromToday());
    }
    steps.complete(complaint, step, flags);
    return complaint;
  }

  /**
   * When the organisation complained about is to answer the disclosure notice, counted from the day
   * the notice is actually sent (issue 14 point 6): the investigation's reminder and escalation
   * timers read these when its step opens. A later explicit request (ComplaintProviderResponses)
   * moves both timers to its own dates.
   */
  private Map<String, Object> providerReplyDatesFromToday() {
    return ComplaintProviderResponses.replyDatesFrom(calendar.today(), calendar);
  }

  private static void discloseNamed(
      Complaint complaint, ConsentCheck given, Instant now, String by) {
    complaint
        .disclosureLog()
        .discloseIdentityToSubject(
            "the complaint and the complainant's name",
            complaint.subject().organisationOrService(),
            given,
            now,
            by);
    complaint.startInvestigation();
  }
}
