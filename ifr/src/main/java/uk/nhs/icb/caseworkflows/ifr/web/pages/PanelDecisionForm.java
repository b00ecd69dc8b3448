package uk.nhs.icb.caseworkflows.ifr.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.common.web.pages.Fields;
import uk.nhs.icb.caseworkflows.common.web.pages.FormValues;
import uk.nhs.icb.caseworkflows.common.web.pages.IntroducedForm;
import uk.nhs.icb.caseworkflows.ifr.application.PanelHearing;
import uk.nhs.icb.caseworkflows.ifr.application.PanelPack;
import uk.nhs.icb.caseworkflows.ifr.domain.DecisionOutcome;
import uk.nhs.icb.caseworkflows.ifr.domain.ExceptionalityAnswers;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelDecision;
import uk.nhs.icb.caseworkflows.ifr.domain.PanelMeeting;

/**
 * The panel's decision on one request on the meeting's agenda: each exceptionality criterion
 * answered with its reasons, the outcome, and for an approval its funding period and any
 * conditions, with the date an outcome report is due when they ask for one. Refused without quorum
 * for that request (conflicted members do not count).
 */
@ApplicationScoped
public class PanelDecisionForm extends IntroducedForm<PanelMeeting> {

  static final String REQUEST = "requestId";
  static final String OUTCOME = "outcome";
  static final String DIFFERENT = "significantlyDifferent";
  static final String DIFFERENT_REASONS = "significantlyDifferentReasons";
  static final String BENEFIT = "moreBenefit";
  static final String BENEFIT_REASONS = "moreBenefitReasons";
  static final String REASONS = "reasons";
  static final String CONDITIONS = "conditions";
  static final String FUNDING_MONTHS = "fundingMonths";
  static final String OUTCOME_REPORT_DUE = "outcomeReportDue";
  static final String OUTCOME_REPORT_LABEL = "Outcome report due from the clinician";
  static final String OUTCOME_REPORT_HINT =
      "Only when the conditions ask the clinician to report the outcome; leave empty otherwise.";

  @Inject PanelPack pack;
  @Inject PanelHearing hearing;

  public PanelDecisionForm() {
    super(
        "decide",
        "Record the panel's decision",
        REQUEST,
        Set.of(Roles.IFR_PANEL),
        "Answer both criteria with the panel's reasons. Funding is exceptional only when both are"
            + " met.");
  }

  @Override
  public boolean completesStep() {
    return false;
  }

  @Override
  public Map<String, Object> model(PanelMeeting meeting, FormValues typed) {
    List<Fields.Option> requests =
        pack.forMeeting(meeting.id()).stream()
            .filter(item -> !item.chairsActionToNote())
            .map(item -> new Fields.Option(item.requestId(), item.reference(), item.treatment()))
            .toList();
    return opening(meeting, typed)
        .radios(REQUEST, "Which request?", null, requests)
        .yesNo(DIFFERENT, ExceptionalityAnswers.SIGNIFICANTLY_DIFFERENT, null)
        .textarea(DIFFERENT_REASONS, "The panel's reasons on this criterion", null)
        .yesNo(BENEFIT, ExceptionalityAnswers.MORE_BENEFIT, null)
        .textarea(BENEFIT_REASONS, "The panel's reasons on this criterion", null)
        .radios(OUTCOME, "The decision", null, Fields.Option.words(DecisionOutcome.values()))
        .textarea(REASONS, "The reasons for the decision", "The decision letter quotes them.")
        .textarea(CONDITIONS, "Conditions, one a line", "Only for an approval with conditions.")
        .input(FUNDING_MONTHS, "Funding period in months", "Only for an approval; from today.")
        .date(OUTCOME_REPORT_DUE, OUTCOME_REPORT_LABEL, OUTCOME_REPORT_HINT)
        .submit("Record the decision", false)
        .toMap();
  }

  @Override
  public String submit(String meetingId, FormValues typed) {
    String requestId = typed.text(REQUEST, "Select the request");
    LocalDate today = LocalDate.now(WorkingDayCalendar.LONDON);
    PanelDecision decision = decisionTyped(typed, today);
    if (decision == null || requestId == null) {
      return null;
    }
    long version = hearing.standing(requestId).version();
    return "Decision recorded for request "
        + hearing.decide(requestId, version, meetingId, decision).reference().formatted()
        + " on "
        + Text.day(today);
  }

  /**
   * The decision as typed (both criteria with reasons, the outcome, its reasons, conditions,
   * funding months and the outcome report's due date), or null with messages beside the fields;
   * shared with the chair's action.
   */
  static PanelDecision decisionTyped(FormValues typed, LocalDate today) {
    Boolean different = typed.yesNo(DIFFERENT, "Answer the first criterion");
    String differentReasons =
        typed.text(DIFFERENT_REASONS, "Enter the reasons on the first criterion");
    Boolean benefit = typed.yesNo(BENEFIT, "Answer the second criterion");
    String benefitReasons =
        typed.text(BENEFIT_REASONS, "Enter the reasons on the second criterion");
    DecisionOutcome outcome =
        typed.choice(
            OUTCOME, DecisionOutcome.class, DecisionOutcome.APPROVED, "Select the decision");
    String reasons = typed.text(REASONS, "Enter the reasons for the decision");
    String conditions = typed.text(CONDITIONS, null);
    String months = typed.text(FUNDING_MONTHS, null);
    LocalDate reportDue =
        typed.date(OUTCOME_REPORT_DUE, OUTCOME_REPORT_LABEL, false).value().orElse(null);
    if (!typed.errors().isEmpty()) {
      return null;
    }
    LocalDate until = outcome.isApproval() ? today.plusMonths(fundingMonths(months)) : null;
    return PanelDecision.of(
        outcome,
        ExceptionalityAnswers.of(different, differentReasons, benefit, benefitReasons),
        reasons,
        conditions,
        outcome.isApproval() ? today : null,
        until,
        reportDue);
  }

  private static int fundingMonths(String typed) {
    try {
      int months = Integer.parseInt(typed == null ? "" : typed.strip());
      if (months >= 1 && months <= 120) {
        return months;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new InvalidInputException(FUNDING_MONTHS, "Enter the funding period, 1 to 120 months");
  }
}
