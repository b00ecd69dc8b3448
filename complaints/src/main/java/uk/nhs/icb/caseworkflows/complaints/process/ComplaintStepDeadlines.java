package uk.nhs.icb.caseworkflows.complaints.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintAcknowledgement;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintSteps;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterSettings;
import uk.nhs.icb.caseworkflows.complaints.letters.LetterPeriods;

/**
 * When each step of the complaint that no regulation times is due, counted in working days from the
 * day the step opens (issue 14 point 7). The model reads these for the step's due date and for the
 * timer that escalates it, both evaluated as the step opens, so they are the same date. The
 * complainant's steps follow the letters that asked them: the consent form's reminder and reply
 * period, and the identity-needed letter's reply date, then one more period after the reminder.
 */
@Named("complaintStepDeadlines")
@ApplicationScoped
public class ComplaintStepDeadlines {

  /** Working days to decide a representative's standing once the complaint is acknowledged. */
  public static final int STANDING_DECISION_WORKING_DAYS = 5;

  /** Working days to agree the plan with the complainant once the complaint can be planned. */
  public static final int PLAN_WORKING_DAYS = 10;

  /** Working days to decide whether an anonymous complaint can be looked into anonymously. */
  public static final int ANONYMITY_DECISION_WORKING_DAYS = 5;

  private final WorkingDayCalendar calendar;
  private final LetterPeriods periods;

  @Inject
  public ComplaintStepDeadlines(WorkingDayCalendar calendar, ComplaintLetterSettings settings) {
    this(calendar, settings.periods());
  }

  public ComplaintStepDeadlines(WorkingDayCalendar calendar, LetterPeriods periods) {
    this.calendar = calendar;
    this.periods = periods;
  }

  /** For the CDI proxy only. */
  protected ComplaintStepDeadlines() {
    this.calendar = null;
    this.periods = null;
  }

  public Date standingDecision() {
    return inWorkingDays(STANDING_DECISION_WORKING_DAYS);
  }

  /**
   * The consent form is chased after {@link
   * ComplaintAcknowledgement#CONSENT_REMINDER_WORKING_DAYS}; the reminder gives the form's reply
   * period again, and only then is the manager told.
   */
  public Date consentReturned() {
    return inWorkingDays(
        ComplaintAcknowledgement.CONSENT_REMINDER_WORKING_DAYS + periods.consentReturn());
  }

  public Date plan() {
    return inWorkingDays(PLAN_WORKING_DAYS);
  }

  public Date anonymityDecision() {
    return inWorkingDays(ANONYMITY_DECISION_WORKING_DAYS);
  }

  /**
   * The date the identity-needed letter, sent as this step opens, asks the complainant to reply by.
   */
  public Date choiceReply() {
    return inWorkingDays(periods.identityReply());
  }

  /**
   * The date the reminder, sent on {@link #choiceReply()}, gives: after it the complaint closes.
   */
  public Date choiceFinalReply() {
    return inWorkingDays(2 * periods.identityReply());
  }

  private Date inWorkingDays(int days) {
    return ComplaintSteps.lastMomentOf(calendar.addWorkingDays(calendar.today(), days));
  }
}
