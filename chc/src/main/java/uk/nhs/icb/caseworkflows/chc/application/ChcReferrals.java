package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.chc.domain.NursingCareConsideration;
import uk.nhs.icb.caseworkflows.chc.domain.Referral;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralRoute;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralSource;
import uk.nhs.icb.caseworkflows.chc.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.common.casework.application.CaseAssignments;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Takes in a referral for NHS Continuing Healthcare: an adult only (a younger person's referral is
 * refused with the reason, and nothing is stored), the case numbered and its process started, the
 * 28 days started at once for a referral straight to full assessment.
 */
@ApplicationScoped
public class ChcReferrals {

  /** Who will work a case, as the one taking it in may say: themselves. */
  public static final String ME = "me";

  /** A referral as taken in; the representative and caseworker may be absent. */
  public record ReferralTaken(
      AffectedPerson individual,
      LocalDate receivedOn,
      ReferralRoute route,
      ReferralSource source,
      Party representative,
      RepresentativeStanding standing,
      String caseworker) {}

  private final ChcCases cases;
  private final ChcSteps steps;
  private final CaseAssignments assignments;

  @Inject
  public ChcReferrals(ChcCases cases, ChcSteps steps, CaseAssignments assignments) {
    this.cases = cases;
    this.steps = steps;
    this.assignments = assignments;
  }

  protected ChcReferrals() {
    this(null, null, null);
  }

  @Transactional
  public ChcCase refer(ReferralTaken taken) {
    LocalDate receivedOn = taken.receivedOn() == null ? steps.today() : taken.receivedOn();
    if (receivedOn.isAfter(steps.today())) {
      throw new InvalidInputException("receivedOn", "The referral cannot be received in future.");
    }
    Referral referral = adultReferral(taken.individual(), receivedOn, taken.route());
    ChcCase chcCase =
        ChcCase.refer(
            cases.nextReference(receivedOn.getYear()),
            taken.individual(),
            referral,
            taken.source());
    if (taken.representative() != null) {
      if (taken.standing() == null) {
        throw new InvalidInputException(
            "representative.standing", "Say what entitles the representative to act.");
      }
      chcCase.recordRepresentative(taken.representative(), taken.standing());
    }
    cases.add(chcCase);
    steps.startProcess(ChcProcessModels.PROCESS_KEY, chcCase, startFlags(chcCase));
    steps.audit(
        "CHC_REFERRED",
        chcCase.id(),
        "route " + taken.route() + "; lives in " + taken.source().livesIn());
    String caseworker = Text.optional(taken.caseworker());
    if (caseworker != null) {
      // After the start: the change moves the task the start just created to the caseworker.
      assignments.assignAtIntake(
          ChcCase.CASE_TYPE,
          chcCase.id(),
          ME.equalsIgnoreCase(caseworker) ? steps.callerName() : caseworker);
    }
    return chcCase;
  }

  private static Referral adultReferral(
      AffectedPerson individual, LocalDate receivedOn, ReferralRoute route) {
    if (route == ReferralRoute.FAST_TRACK) {
      throw new InvalidInputException(
          "route", "The Fast Track pathway is not available here yet: refer by Checklist.");
    }
    try {
      return new Referral(individual.nhsNumber(), individual.dateOfBirth(), receivedOn, route);
    } catch (ChcRuleException refused) {
      throw new InvalidInputException("individual.dateOfBirth", refused.getMessage());
    }
  }

  /** The routing flags and, for a direct referral, the 28 days' end. */
  static Map<String, Object> startFlags(ChcCase chcCase) {
    Map<String, Object> flags = new HashMap<>();
    flags.put("route", chcCase.referral().route().name());
    flags.put("fncToConsider", fncWouldBeConsidered(chcCase));
    chcCase
        .clock()
        .ifPresent(clock -> flags.put("decisionDue", ChcSteps.endOf(clock.decisionDueBy())));
    return flags;
  }

  /** Whether a finding of not eligible would lead to considering FNC, from where they live. */
  static boolean fncWouldBeConsidered(ChcCase chcCase) {
    return NursingCareConsideration.after(
            false, chcCase.source().livesIn(), chcCase.source().goingTo())
        .required();
  }
}
