package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCases;
import uk.nhs.icb.caseworkflows.chc.domain.ChcRuleException;
import uk.nhs.icb.caseworkflows.chc.domain.FastTrackTool;
import uk.nhs.icb.caseworkflows.chc.domain.NursingCareConsideration;
import uk.nhs.icb.caseworkflows.chc.domain.Referral;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralRoute;
import uk.nhs.icb.caseworkflows.chc.domain.ReferralSource;
import uk.nhs.icb.caseworkflows.chc.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
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
      String caseworker,
      FastTrackEntry fastTrack) {

    public ReferralTaken(
        AffectedPerson individual,
        LocalDate receivedOn,
        ReferralRoute route,
        ReferralSource source,
        Party representative,
        RepresentativeStanding standing,
        String caseworker) {
      this(individual, receivedOn, route, source, representative, standing, caseworker, null);
    }
  }

  /** A completed Fast Track Pathway Tool as typed. */
  public record FastTrackEntry(
      String clinician, String clinicianRegistration, String reason, LocalDate completedOn) {

    FastTrackTool tool(LocalDate receivedOn, LocalDate individualBorn) {
      if (clinician == null || clinician.isBlank()) {
        throw new InvalidInputException(
            "fastTrack.clinician", "Give the name of the clinician who completed the tool.");
      }
      if (clinicianRegistration == null || clinicianRegistration.isBlank()) {
        throw new InvalidInputException(
            "fastTrack.clinicianRegistration",
            "Give the clinician's professional registration (NMC PIN or GMC number): only an"
                + " appropriate clinician may complete the Fast Track Pathway Tool.");
      }
      if (reason == null || reason.isBlank()) {
        throw new InvalidInputException(
            "fastTrack.reason",
            "Give the clinician's reason: a rapidly deteriorating condition that may be entering"
                + " a terminal phase.");
      }
      LocalDate completed = completedOn == null ? receivedOn : completedOn;
      if (individualBorn != null && completed.isBefore(individualBorn)) {
        throw new InvalidInputException(
            "fastTrack.completedOn", "The tool cannot be completed before the person was born.");
      }
      if (completed.isAfter(receivedOn)) {
        throw new InvalidInputException(
            "fastTrack.completedOn", "The tool cannot be completed after the ICB received it.");
      }
      return new FastTrackTool(clinician, clinicianRegistration, reason, completed);
    }
  }

  private final ChcCases cases;
  private final ChcSteps steps;
  private final CaseAssignments assignments;
  private final ChcSettings settings;

  @Inject
  public ChcReferrals(
      ChcCases cases, ChcSteps steps, CaseAssignments assignments, ChcSettings settings) {
    this.cases = cases;
    this.steps = steps;
    this.assignments = assignments;
    this.settings = settings;
  }

  protected ChcReferrals() {
    this(null, null, null, null);
  }

  @Transactional
  public ChcCase refer(ReferralTaken taken) {
    LocalDate receivedOn = taken.receivedOn() == null ? steps.today() : taken.receivedOn();
    if (receivedOn.isAfter(steps.today())) {
      throw new InvalidInputException("receivedOn", "The referral cannot be received in future.");
    }
    Referral referral = adultReferral(taken.individual(), receivedOn, taken.route());
    FastTrackTool tool = null;
    if (taken.route() == ReferralRoute.FAST_TRACK) {
      if (taken.fastTrack() == null) {
        throw new InvalidInputException(
            "fastTrack", "A Fast Track referral comes with the completed Fast Track Pathway Tool.");
      }
      tool = taken.fastTrack().tool(receivedOn, taken.individual().dateOfBirth());
    }
    ChcCase chcCase =
        tool == null
            ? ChcCase.refer(
                cases.nextReference(receivedOn.getYear()),
                taken.individual(),
                referral,
                taken.source())
            : ChcCase.referFastTrack(
                cases.nextReference(receivedOn.getYear()),
                taken.individual(),
                referral,
                taken.source(),
                tool);
    if (taken.representative() != null) {
      if (taken.standing() == null) {
        throw new InvalidInputException(
            "representative.standing", "Say what entitles the representative to act.");
      }
      chcCase.recordRepresentative(taken.representative(), taken.standing());
    }
    cases.add(chcCase);
    Map<String, Object> flags = startFlags(chcCase);
    if (tool != null) {
      // The target runs from when the ICB has the tool: now, or the start of a past day of receipt.
      Instant from =
          receivedOn.equals(steps.today())
              ? steps.now()
              : receivedOn.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
      flags.put(
          "packageDue", Date.from(from.plus(Duration.ofHours(settings.fastTrackPackageHours()))));
    }
    steps.startProcess(ChcProcessModels.PROCESS_KEY, chcCase, flags);
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
    flags.put("disputable", false);
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
