package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.app.HostileRequests.json;
import static uk.nhs.icb.caseworkflows.app.HostileRequests.object;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CHC case brought through the API to a named state, and the body each step accepts: one place
 * for the steps ChcIT asserts one by one, the valid bodies ReliabilityIT's hostile requests mutate,
 * and the real cases the authorisation matrix calls ({@link ChcCases}). Every step of a driver must
 * give its success status, or the test that drove it fails there.
 */
final class ChcStates {

  static final String ASSESSOR = "chc-assessor";
  static final String PANEL = "chc-panel";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Callers callers;

  ChcStates(Callers callers) {
    this.callers = callers;
  }

  // --- the states --------------------------------------------------------------------------------

  /** A referral to the Checklist route of someone in hospital: the case waits for consent. */
  JsonObject referred(String name) {
    return refer(referral(name, "1941-05-03", "9434765919", "HOSPITAL"));
  }

  JsonObject refer(Map<String, Object> referral) {
    Api.Answer answer = callers.post(ASSESSOR, "api/chc", json(referral));
    assertThat(answer.status()).as("referral: " + answer.body()).isEqualTo(201);
    return answer.json();
  }

  /** Referred, consent recorded and the assessment agreed: the Checklist is next. */
  String awaitingChecklist(String name) {
    String id = referred(name).getString("id");
    step(ASSESSOR, id, "consents", consent(null));
    step(ASSESSOR, id, "assessment-decision", assessmentDecision(true));
    return id;
  }

  /** Every Checklist domain rated, Behaviour and Cognition in A (positive), not yet completed. */
  String checklistRated(String name) {
    String id = awaitingChecklist(name);
    step(ASSESSOR, id, "checklist", checklist(0, CHECKLIST_DOMAINS.length, null));
    return id;
  }

  /** A positive Checklist completed: the case is in full assessment, its tool empty. */
  String inFullAssessment(String name) {
    String id = checklistRated(name);
    step(ASSESSOR, id, "checklist/completion", checklistCompletion(today()));
    return id;
  }

  /** The tool's every domain rated, the team of two and the individual's view recorded. */
  String toolFilledIn(String name) {
    String id = inFullAssessment(name);
    step(ASSESSOR, id, "dst", dstRatings());
    step(ASSESSOR, id, "dst", dstTeamAndView());
    return id;
  }

  /** The team's recommendation made: the panel's decision is next. */
  String recommended(String name, String outcome) {
    String id = toolFilledIn(name);
    step(ASSESSOR, id, "dst/recommendation", recommendation(outcome));
    return id;
  }

  /** The panel found the person not eligible, as the team recommended: a decision to dispute. */
  String notEligible(String name) {
    String id = recommended(name, "NOT_ELIGIBLE");
    step(PANEL, id, "decision", decision(false));
    return id;
  }

  /** A not-eligible decision whose local resolution was asked for. */
  String localResolutionAskedFor(String name) {
    String id = notEligible(name);
    step(ASSESSOR, id, "local-resolution", challenge(decidedOn(id)));
    return id;
  }

  /** Local resolution ended with the decision standing: independent review may be asked for. */
  String decisionStoodLocally(String name) {
    String id = localResolutionAskedFor(name);
    step(PANEL, id, "local-resolution/outcome", challengeOutcome("DECISION_STANDS"));
    return id;
  }

  /** NHS England's independent review asked for, after local resolution. */
  String independentReviewAskedFor(String name) {
    String id = decisionStoodLocally(name);
    step(ASSESSOR, id, "independent-review", challenge(decidedOn(id)));
    return id;
  }

  /** A negative Checklist of someone in a care home with nursing: the FNC decision is next. */
  String awaitingNursingCareDecision(String name) {
    String id =
        refer(referral(name, "1936-02-11", "9434765919", "CARE_HOME_WITH_NURSING")).getString("id");
    step(ASSESSOR, id, "consents", consent(null));
    step(ASSESSOR, id, "assessment-decision", assessmentDecision(true));
    step(ASSESSOR, id, "checklist", checklistAllC());
    step(ASSESSOR, id, "checklist/completion", checklistCompletion(null));
    return id;
  }

  /** A Fast Track referral: eligible at once, the package to arrange. */
  String fastTracked(String name) {
    return refer(fastTrackReferral(name, fastTrackTool())).getString("id");
  }

  /** Fast Tracked and its care package arranged: reviews are next. */
  String carePackageArranged(String name) {
    String id = fastTracked(name);
    step(ASSESSOR, id, "care-package", carePackage(null, "1450.75", today()));
    return id;
  }

  /** Posts one step of the case and requires its 200: the case as it stands after it. */
  JsonObject step(String role, String id, String step, Map<String, Object> body) {
    Api.Answer answer = callers.post(role, "api/chc/" + id + "/" + step, json(body));
    assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** The day the case's decision was made, as the case shows it. */
  String decidedOn(String id) {
    return callers
        .get(ASSESSOR, "api/chc/" + id)
        .json()
        .getJsonObject("decision")
        .getString("decidedOn");
  }

  // --- the bodies --------------------------------------------------------------------------------

  static final String[] CHECKLIST_DOMAINS = ChcEscapingSweep.CHECKLIST_DOMAINS;
  static final String[] DST_DOMAINS = ChcEscapingSweep.DST_DOMAINS;

  static Map<String, Object> referral(String name, String born, String nhsNumber, String livesIn) {
    return object(
        "individual",
        object(
            "name", name,
            "nhsNumber", nhsNumber,
            "dateOfBirth", born,
            "addressLines", new ArrayList<>(List.of("Ward 7, Northvale General Hospital")),
            "postcode", "LU4 0DZ"),
        "route",
        "CHECKLIST",
        "referredBy",
        "Sam Okafor, Discharge Liaison Nurse",
        "livesIn",
        livesIn);
  }

  /** A Fast Track referral of someone at home, with the clinician's tool {@code tool}. */
  static Map<String, Object> fastTrackReferral(String name, Map<String, Object> tool) {
    return object(
        "individual",
        object(
            "name", name,
            "nhsNumber", "9434765919",
            "dateOfBirth", "1948-03-12",
            "addressLines", new ArrayList<>(List.of("4 Mill Lane")),
            "postcode", "LU4 8JB"),
        "route",
        "FAST_TRACK",
        "referredBy",
        "Dr Laura Bennett, GP",
        "livesIn",
        "OWN_HOME",
        "fastTrack",
        tool);
  }

  /** The Fast Track Pathway Tool: the clinician, their registration and the reason. */
  static Map<String, Object> fastTrackTool() {
    return object(
        "clinician", "Dr Laura Bennett",
        "clinicianRegistration", "GMC 7012345",
        "reason", "Rapidly deteriorating; may be entering a terminal phase.");
  }

  static Map<String, Object> capacityAssessment() {
    return object(
        "decisionInQuestion", "To consent to assessment",
        "assessedBy", "Dr Ford",
        "assessedOn", today(),
        "outcome", "HAS_CAPACITY");
  }

  /** The person's own verbal consent to the case, given at {@code givenAt} (now if null). */
  static Map<String, Object> consent(Instant givenAt) {
    Map<String, Object> consent =
        object("purpose", "PROCESS_CASE", "givenAs", "THE_PERSON", "method", "VERBAL");
    if (givenAt != null) {
      consent.put("givenAt", givenAt.toString());
    }
    return consent;
  }

  static Map<String, Object> assessmentDecision(boolean agreed) {
    return object("assessmentAgreed", agreed);
  }

  /** Domains {@code from} to {@code to} of the Checklist: Behaviour and Cognition in A. */
  static Map<String, Object> checklist(int from, int to, Long version) {
    List<Object> ratings = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String domain = CHECKLIST_DOMAINS[i];
      String level = domain.equals("BEHAVIOUR") || domain.equals("COGNITION") ? "A" : "C";
      ratings.add(object("domain", domain, "level", level, "evidence", "Ward notes."));
    }
    Map<String, Object> checklist = versioned(version);
    checklist.put("completedBy", "Sam Okafor, Discharge Liaison Nurse");
    checklist.put("ratings", ratings);
    return checklist;
  }

  /** Every Checklist domain in C: negative. */
  static Map<String, Object> checklistAllC() {
    List<Object> ratings = new ArrayList<>();
    for (String domain : CHECKLIST_DOMAINS) {
      ratings.add(object("domain", domain, "level", "C", "evidence", "Home notes."));
    }
    return object("completedBy", "Rachel Green, CHC nurse assessor", "ratings", ratings);
  }

  /** The Checklist completed as received on {@code receivedOn} (today if null). */
  static Map<String, Object> checklistCompletion(String receivedOn) {
    return receivedOn == null ? object() : object("receivedOn", receivedOn);
  }

  /** Every domain of the tool: Behaviour and Cognition severe, Mobility high, the rest low. */
  static Map<String, Object> dstRatings() {
    List<Object> ratings = new ArrayList<>();
    for (String domain : DST_DOMAINS) {
      String level =
          domain.equals("BEHAVIOUR") || domain.equals("COGNITION")
              ? "SEVERE"
              : domain.equals("MOBILITY") ? "HIGH" : "LOW";
      ratings.add(object("domain", domain, "level", level, "evidence", "MDT notes."));
    }
    return object("ratings", ratings);
  }

  /** The team of two professions the tool needs, and the individual's view. */
  static Map<String, Object> dstTeamAndView() {
    return object(
        "team",
        new ArrayList<>(
            List.of(
                object("name", "Rachel Green", "profession", "REGISTERED_NURSE"),
                object("name", "Ana Silva", "profession", "SOCIAL_WORKER"))),
        "view",
        object(
            "invitedOn", today(),
            "givenBy", "THE_INDIVIDUAL",
            "view", "I want to stay near my wife."));
  }

  static Map<String, Object> recommendation(String outcome) {
    return object(
        "outcome", outcome,
        "nature", "Distressed behaviour that needs skilled care.",
        "intensity", "Two carers several times a day.",
        "complexity", "Behaviour and cognition interact.",
        "unpredictability", "Episodes come without warning.");
  }

  /** The panel's decision, as the team recommended, with its reasons. */
  static Map<String, Object> decision(boolean eligible) {
    return object(
        "eligible",
        eligible,
        "reasons",
        eligible
            ? "Severe needs in behaviour and cognition that are unpredictable and need skilled"
                + " management."
            : "Her needs are met by care a local authority may provide.");
  }

  static Map<String, Object> nursingCare(boolean payable) {
    return object("payable", payable, "reasons", "Her wound care is given by the home's nurses.");
  }

  static Map<String, Object> carePackage(Long version, String weeklyCost, String startsOn) {
    Map<String, Object> carePackage = versioned(version);
    carePackage.put("provider", "Chiltern Vale Home Care Ltd");
    carePackage.put("setting", "OWN_HOME");
    carePackage.put("weeklyCost", new BigDecimal(weeklyCost));
    carePackage.put("startsOn", startsOn);
    carePackage.put("personalHealthBudget", false);
    return carePackage;
  }

  /** A review held today that confirms the package; the next within six months. */
  static Map<String, Object> review() {
    return object(
        "heldOn",
        today(),
        "outcome",
        "CONFIRMED",
        "notes",
        "Care meets her needs.",
        "nextReviewBy",
        LocalDate.now(LONDON).plusMonths(6).toString());
  }

  /** A request for local resolution or independent review of the decision of {@code decidedOn}. */
  static Map<String, Object> challenge(String decidedOn) {
    return object(
        "disputedDecisionOn", decidedOn, "requestedOn", today(), "grounds", "Wrong evidence.");
  }

  static Map<String, Object> challengeOutcome(String outcome) {
    return object("outcome", outcome, "reasons", "Evidence reviewed.");
  }

  static Map<String, Object> closure(String reason) {
    return object("reason", reason);
  }

  private static Map<String, Object> versioned(Long version) {
    return version == null ? object() : object("version", version);
  }

  static String today() {
    return LocalDate.now(LONDON).toString();
  }
}
