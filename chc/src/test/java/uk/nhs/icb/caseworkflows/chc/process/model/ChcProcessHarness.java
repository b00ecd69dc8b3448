package uk.nhs.icb.caseworkflows.chc.process.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;

/**
 * chc.bpmn on bpmn's shared {@link ProcessTestHarness}, started as the CHC module starts it (the
 * case id as business key, its type and reference, the route and whether FNC would be in question),
 * with the delegates replaced by recorders of what the process asked for, in order. The engine's
 * clock starts on the day the referral was received.
 */
final class ChcProcessHarness extends ProcessTestHarness {

  static final String MODEL = "uk/nhs/icb/caseworkflows/chc/process/chc.bpmn";
  static final String CASE_ID = "chc-1";

  /**
   * Friday 20 November 2026: a positive Checklist received today is due a decision on 18 December.
   */
  static final Instant RECEIVED = Instant.parse("2026-11-20T09:00:00Z");

  /** Day 28 at the end of the day, as the module's use cases give it. */
  static final Date DECISION_DUE = Date.from(Instant.parse("2026-12-18T17:00:00Z"));

  /** What the process asked the delegates to do, in order ("letter chc-checklist-outcome"...). */
  private final List<String> recorded;

  ChcProcessHarness() {
    this(new ArrayList<>());
  }

  private ChcProcessHarness(List<String> recorded) {
    super(MODEL, CASE_ID, RECEIVED, recorders(recorded));
    this.recorded = recorded;
  }

  private static Map<String, JavaDelegate> recorders(List<String> timeline) {
    return Map.of(
        "chcLetters",
        execution -> timeline.add("letter " + execution.getVariableLocal("letterKind")),
        "chcClosure",
        execution -> timeline.add("closed"),
        "chcEscalation",
        execution -> timeline.add("breach " + execution.getVariableLocal("breach")));
  }

  /** What the process asked for so far, in order. */
  List<String> asked() {
    return List.copyOf(recorded);
  }

  void refer(String route, boolean fncToConsider, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseType", "chc");
    variables.put("caseReference", "CHC-2026-000045");
    variables.put("route", route);
    variables.put("fncToConsider", fncToConsider);
    variables.put("disputable", false);
    variables.putAll(more);
    start("chc", variables);
  }

  void referByChecklist(boolean fncToConsider) {
    refer("CHECKLIST", fncToConsider, Map.of());
  }

  void referForFullAssessment() {
    refer("FULL_ASSESSMENT", false, Map.of("decisionDue", DECISION_DUE));
  }

  /** 48 hours after the Fast Track tool reached the ICB: the default target for its package. */
  static final Date PACKAGE_DUE = Date.from(RECEIVED.plusSeconds(48 * 3600));

  void referFastTrack() {
    refer("FAST_TRACK", false, Map.of("packageDue", PACKAGE_DUE));
  }

  /** Referred straight to full assessment and found eligible by the panel. */
  void eligibleAfterFullAssessment() {
    referForFullAssessment();
    agreeToAssessment();
    complete("Complete the Decision Support Tool");
    complete("Decide eligibility", Map.of("eligible", true, "disputable", false));
  }

  /**
   * Found not eligible by the panel after a full assessment at home: the decision may be disputed.
   */
  void notEligibleAfterFullAssessment(Date localResolutionBy) {
    referForFullAssessment();
    agreeToAssessment();
    complete("Complete the Decision Support Tool");
    complete(
        "Decide eligibility",
        Map.of("eligible", false, "disputable", true, "localResolutionBy", localResolutionBy));
  }

  void agreeToAssessment() {
    complete("Record consent and capacity", Map.of("assessmentAgreed", true));
  }

  void positiveChecklist() {
    complete(
        "Complete the Checklist", Map.of("checklistPositive", true, "decisionDue", DECISION_DUE));
  }
}
