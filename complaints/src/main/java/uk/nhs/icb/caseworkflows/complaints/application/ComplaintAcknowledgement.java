package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;

/**
 * Acknowledges a complaint. The process then sends the acknowledgement letter; if a consent the
 * complaint needs is missing, it also sends the consent form and waits, with a reminder after
 * {@link #CONSENT_REMINDER_WORKING_DAYS} working days.
 */
@ApplicationScoped
public class ComplaintAcknowledgement {

  public static final int CONSENT_REMINDER_WORKING_DAYS = 10;

  private final ComplaintSteps steps;
  private final ComplaintConsentRecords consents;
  private final WorkingDayCalendar calendar;
  private final ComplaintDeadlines deadlines;

  @Inject
  public ComplaintAcknowledgement(
      ComplaintSteps steps,
      ComplaintConsentRecords consents,
      WorkingDayCalendar calendar,
      ComplaintDeadlines deadlines) {
    this.steps = steps;
    this.consents = consents;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  protected ComplaintAcknowledgement() {
    this(null, null, null, null);
  }

  @Transactional
  public Complaint acknowledge(String id) {
    Complaint complaint = steps.file(id);
    CaseTask step = steps.openStep(complaint, ComplaintTask.ACKNOWLEDGE, "its acknowledgement");
    Instant now = steps.now();
    complaint.acknowledge(now, steps.callerName());
    // The date the acknowledgement letter promises; the plan keeps it unless another is agreed.
    complaint.timetable().promiseResponseBy(deadlines.defaultResponseDue(calendar.today()));
    boolean consentComplete = consents.allGiven(complaint, now);
    Map<String, Object> flags = new HashMap<>();
    flags.put("consentComplete", consentComplete);
    if (!consentComplete) {
      complaint.awaitConsent();
      flags.put(
          "consentReminderDue",
          ComplaintSteps.endOf(
              calendar.addWorkingDays(calendar.today(), CONSENT_REMINDER_WORKING_DAYS)));
    }
    steps.audit(
        "COMPLAINT_ACKNOWLEDGED", id, consentComplete ? "consent complete" : "waiting for consent");
    steps.complete(complaint, step, flags);
    return complaint;
  }
}
