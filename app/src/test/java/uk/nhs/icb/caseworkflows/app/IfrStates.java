package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.app.HostileRequests.json;
import static uk.nhs.icb.caseworkflows.app.HostileRequests.object;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An individual funding request (or panel meeting, or policy signal) brought through the API to a
 * named state, and the body each step accepts: one place for the journeys IfrIT asserts, the valid
 * bodies ReliabilityIT's hostile requests mutate, and the real cases the authorisation matrix calls
 * ({@link IfrCases}). Every step of a driver must give its success status, or the test that drove
 * it fails there.
 */
final class IfrStates {

  static final String COORDINATOR = "ifr-coordinator";
  static final String PANEL = "ifr-panel";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The case type of a policy signal's task. */
  static final String SIGNAL_TYPE = "ifr-signal";

  /** Requests for one treatment in the window that raise a signal, as built. */
  static final int SIGNAL_THRESHOLD = 6;

  private final Callers callers;

  IfrStates(Callers callers) {
    this.callers = callers;
  }

  // --- the states --------------------------------------------------------------------------------

  /** A request logged for {@code treatment}, being screened; an urgent one goes to the chair. */
  JsonObject logged(String patient, String treatment, boolean urgent) {
    Map<String, Object> request = request(patient, "9434765919");
    request.put("treatmentCode", treatment);
    if (urgent) {
      request.put("urgent", true);
      request.put("urgencyReason", "Surgery is booked.");
    }
    Api.Answer logged = callers.post(COORDINATOR, "api/ifr", json(request));
    assertThat(logged.status()).as("logging: " + logged.body()).isEqualTo(201);
    return logged.json();
  }

  /** Screened as complete: the request waits for the panel. */
  String screened(JsonObject file) {
    String id = file.getString("id");
    step(COORDINATOR, id, "screening", screening(version(file), "ACCEPTED"));
    return id;
  }

  /** Screened as needing more information from the clinician. */
  String awaitingInformation(String patient) {
    JsonObject file = logged(patient, "BREAST_REDUCTION", false);
    String id = file.getString("id");
    step(COORDINATOR, id, "screening", screening(version(file), "MORE_INFORMATION"));
    return id;
  }

  /** A meeting scheduled for {@code date}: its agenda is every request then ready for it. */
  JsonObject meeting(LocalDate date) {
    Api.Answer scheduled =
        callers.post(COORDINATOR, "api/ifr-panel-meetings", json(meetingOn(date)));
    assertThat(scheduled.status()).as("scheduling: " + scheduled.body()).isEqualTo(201);
    return scheduled.json();
  }

  /** The meeting's three members recorded present: a quorum. */
  JsonObject quorate(JsonObject meeting) {
    String path = "api/ifr-panel-meetings/" + meeting.getString("id") + "/attendance";
    Api.Answer attended = callers.post(COORDINATOR, path, json(attendance(version(meeting))));
    assertThat(attended.status()).as("attendance: " + attended.body()).isEqualTo(200);
    return attended.json();
  }

  /** A quorate meeting tomorrow whose agenda holds the screened request {@code id}. */
  String quorateMeetingFor(String id) {
    JsonObject meeting = meeting(LocalDate.now(LONDON).plusDays(1));
    assertThat(meeting.getJsonArray("agenda").toString()).contains(id);
    return quorate(meeting).getString("id");
  }

  /** A request logged, screened and declined at a quorate meeting of its own. */
  String decided(String patient) {
    String id = screened(logged(patient, "BREAST_REDUCTION", false));
    String meetingId = quorateMeetingFor(id);
    Api.Answer decided =
        callers.post(
            PANEL,
            "api/ifr/" + id + "/panel-decision",
            json(atMeeting(meetingId, decision(version(id), "DECLINED"))));
    assertThat(decided.status()).as("panel decision: " + decided.body()).isEqualTo(200);
    return id;
  }

  /** A decided request whose review was asked for on the ground that procedure was not followed. */
  String underReview(String patient) {
    String id = decided(patient);
    step(COORDINATOR, id, "review-request", reviewRequest(version(id)));
    return id;
  }

  /** An urgent request decided by the chair's action, which a meeting has yet to note. */
  String decidedByTheChair(String patient, Map<String, Object> decision) {
    String id = logged(patient, "HYPERBARIC_OXYGEN", true).getString("id");
    decision.put("version", version(id));
    Api.Answer decided = callers.post(PANEL, "api/ifr/" + id + "/chairs-action", json(decision));
    assertThat(decided.status()).as("chair's action: " + decided.body()).isEqualTo(200);
    return id;
  }

  /**
   * An urgent request approved with conditions by the chair, a review upholding it: the decision
   * stands and the outcome report its conditions ask for is awaited.
   */
  String awaitingOutcomeReport(String patient) {
    String id = decidedByTheChair(patient, approvalWithConditions(0));
    step(COORDINATOR, id, "review-request", reviewRequest(version(id)));
    Api.Answer upheld =
        callers.post(
            PANEL, "api/ifr/" + id + "/review-decision", json(reviewDecision(version(id))));
    assertThat(upheld.status()).as("review decision: " + upheld.body()).isEqualTo(200);
    return id;
  }

  /**
   * A service-development signal the coordinator has yet to put to the policy process: requests for
   * {@code treatment} logged up to the threshold (app.ifr.service-development.requests, 6 as built)
   * raise it. A signal is raised once per treatment per window, so where one was raised for it
   * before and is still open, that one is the answer.
   */
  String openPolicySignal(String treatment) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < SIGNAL_THRESHOLD; i++) {
      ids.add(logged("Mr Signal Patient " + i, treatment, false).getString("id"));
    }
    List<String> open =
        callers
            .get(COORDINATOR, "api/tasks?caseType=" + SIGNAL_TYPE + "&assigned=all&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(task -> SIGNAL_TYPE.equals(task.getString("caseType", "")))
            .map(task -> task.getString("caseId"))
            .toList();
    for (String signal : open) {
      JsonObject read = callers.get(COORDINATOR, "api/ifr-policy-signals/" + signal).json();
      if (read.getString("treatmentCode").equals(treatment)) {
        return signal;
      }
    }
    throw new AssertionError(
        "no open policy signal for " + treatment + " after logging " + ids + "; open: " + open);
  }

  /** Posts one step of the request and requires its 200: the request's file after it. */
  JsonObject step(String role, String id, String step, Map<String, Object> body) {
    Api.Answer answer = callers.post(role, "api/ifr/" + id + "/" + step, json(body));
    assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** The request's version as the coordinator reads it now. */
  long version(String id) {
    return version(callers.get(COORDINATOR, "api/ifr/" + id).json());
  }

  static long version(JsonObject object) {
    return object.getJsonNumber("version").longValue();
  }

  // --- the bodies --------------------------------------------------------------------------------

  static Map<String, Object> clinician() {
    return object(
        "name", "Dr Amir Patel",
        "role", "Consultant rheumatologist",
        "organisation", "Stanton General Hospital",
        "addressLines", new ArrayList<>(List.of("Rheumatology")),
        "postcode", "LS1 3EX",
        "email", "amir.patel@example.nhs.uk");
  }

  /**
   * A routine request for a biologic drug with evidence of consent, received today; the patient's
   * name and NHS number also appear in its free text (the anonymised pack must remove them).
   */
  static Map<String, Object> request(String patient, String nhsNumber) {
    return object(
        "patient",
        object(
            "name",
            patient,
            "nhsNumber",
            nhsNumber,
            "dateOfBirth",
            "1961-07-03",
            "addressLines",
            new ArrayList<>(List.of("14 Orchard Rise")),
            "postcode",
            "LS9 4QT"),
        "clinician",
        clinician(),
        "treatmentCode",
        "BIOLOGIC_OFF_LABEL",
        "condition",
        patient + " has refractory arthritis.",
        "whyExceptional",
        "A rare antibody profile; NHS " + nhsNumber + ".",
        "estimatedCost",
        new BigDecimal("12500.00"),
        "urgent",
        false,
        "consentEvidence",
        "Signed consent section",
        "receivedOn",
        today());
  }

  /** A request sent without evidence of consent, to be recorded as returned. */
  static Map<String, Object> returned(String patient, String treatment) {
    return object(
        "patientName",
        patient,
        "nhsNumber",
        "9434765919",
        "clinician",
        clinician(),
        "treatmentCode",
        treatment,
        "receivedOn",
        today());
  }

  static Map<String, Object> screening(long version, String outcome) {
    return object("version", version, "outcome", outcome, "note", "Complete and an IFR.");
  }

  static Map<String, Object> versionOnly(long version) {
    return object("version", version);
  }

  /** A decision that finds neither criterion met, with reasons for each. */
  static Map<String, Object> decision(long version, String outcome) {
    return object(
        "version",
        version,
        "outcome",
        outcome,
        "criteria",
        object(
            "significantlyDifferent",
            false,
            "significantlyDifferentReasons",
            "Like others with the condition.",
            "moreBenefit",
            false,
            "moreBenefitReasons",
            "No more benefit than others."),
        "reasons",
        "The panel did not find the circumstances exceptional.");
  }

  /** An approval for six months from today, on the condition of an outcome report in three. */
  static Map<String, Object> approvalWithConditions(long version) {
    LocalDate today = LocalDate.now(LONDON);
    return object(
        "version",
        version,
        "outcome",
        "APPROVED_WITH_CONDITIONS",
        "criteria",
        object(
            "significantlyDifferent",
            true,
            "significantlyDifferentReasons",
            "A rare antibody profile.",
            "moreBenefit",
            true,
            "moreBenefitReasons",
            "Likely to respond where others did not."),
        "reasons",
        "Exceptional on both criteria.",
        "conditions",
        "An outcome report at three months.",
        "fundingFrom",
        today.toString(),
        "fundingUntil",
        today.plusMonths(6).toString(),
        "outcomeReportDue",
        today.plusMonths(3).toString());
  }

  static Map<String, Object> atMeeting(String meetingId, Map<String, Object> decision) {
    return object("meetingId", meetingId, "decision", decision);
  }

  static Map<String, Object> reviewRequest(long version) {
    return object(
        "version", version, "ground", "PROCEDURE_NOT_FOLLOWED", "statedCase", "Not followed.");
  }

  static Map<String, Object> reviewDecision(long version) {
    return object("version", version, "outcome", "UPHELD", "reasons", "Made properly.");
  }

  static Map<String, Object> reconsideration(long version) {
    return object("version", version, "newInformation", "A new scan shows progression.");
  }

  static Map<String, Object> outcomeReport(long version) {
    return object("version", version, "report", "Improved.");
  }

  static Map<String, Object> meetingOn(LocalDate date) {
    return object("date", date.toString());
  }

  /** A chair, a clinical member and a lay member, all present: the quorum of three. */
  static Map<String, Object> attendance(long version) {
    return attendance(version, "Dr Kwame Boateng");
  }

  /** The quorum of three, the clinical member named {@code clinical}. */
  static Map<String, Object> attendance(long version, String clinical) {
    return object(
        "version",
        version,
        "members",
        new ArrayList<>(
            List.of(
                object("name", "Dr Ruth Ames", "role", "CHAIR", "present", true),
                object("name", clinical, "role", "CLINICAL", "present", true),
                object("name", "Sam Reid", "role", "LAY", "present", true))));
  }

  static Map<String, Object> conflict(long version, String memberName, String requestId) {
    return object(
        "version", version,
        "memberName", memberName,
        "requestId", requestId,
        "interest", "Treats the patient.");
  }

  static String today() {
    return LocalDate.now(LONDON).toString();
  }
}
