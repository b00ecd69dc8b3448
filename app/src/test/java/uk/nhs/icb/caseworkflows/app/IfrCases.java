package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.checked;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The IFR rows of the authorisation matrix on real cases ({@link RealCases}): every call is made on
 * a request, meeting or signal of its own brought through the API to the state the call needs
 * ({@link IfrStates}), and its answer must show the change it made, or what it read, of that one.
 */
final class IfrCases implements RealCases {

  /**
   * The treatment whose requests raise this run's policy signal: a treatment raises one signal a
   * window, so each run on one server (the matrix, the hostile variants, the faults) names its own,
   * one no other test logs.
   */
  private final String signalTreatment;

  private static final String REQUEST = "ifr";
  private static final String MEETING = "ifr-panel-meeting";

  /** The signal, raised once and read before it is referred (a signal is raised once a window). */
  private String signal;

  /** Treatments for a fresh signal per referral prepared; null: one signal a run. */
  private final java.util.Iterator<String> freshSignalTreatments;

  /** The matrix's run: its signal on continuous glucose monitoring. */
  IfrCases() {
    this("CONTINUOUS_GLUCOSE_MONITORING");
  }

  IfrCases(String signalTreatment) {
    this(signalTreatment, null);
  }

  /**
   * Cases whose every signal referral is prepared on a signal of its own, raised for the next of
   * {@code freshSignalTreatments} (treatments no other test logs, so each raises one), so that a
   * referral taken by a hostile variant leaves a fresh signal for the next; a signal's other rows
   * read the one of {@code signalTreatment}.
   */
  IfrCases(String signalTreatment, java.util.Iterator<String> freshSignalTreatments) {
    this.signalTreatment = signalTreatment;
    this.freshSignalTreatments = freshSignalTreatments;
  }

  /** The treatment of the next fresh signal. */
  private synchronized String nextFreshTreatment() {
    if (!freshSignalTreatments.hasNext()) {
      throw new IllegalStateException("no treatment left to raise a fresh policy signal on");
    }
    return freshSignalTreatments.next();
  }

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    return entry.path().startsWith("ifr");
  }

  /**
   * A policy signal is raised once a window for its treatment: one per run, never a fresh one,
   * unless referrals are prepared on fresh treatments.
   */
  @Override
  public boolean preparesAgain(AuthorisationMatrix.Entry entry) {
    return !entry.path().startsWith("ifr-policy-signals")
        || (freshSignalTreatments != null && entry.path().endsWith("/referral"));
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    Callers callers = Callers.sessions(sessions);
    IfrStates states = new IfrStates(callers);
    String patient = "Mx Matrix " + role.replace('-', ' ');
    String path = entry.path();
    if (path.startsWith("ifr-panel-meetings")) {
      return meetingCall(entry, states, callers);
    }
    if (path.startsWith("ifr-policy-signals")) {
      boolean referral = path.endsWith("/referral");
      String treatment;
      String id;
      if (referral && freshSignalTreatments != null) {
        treatment = nextFreshTreatment();
        id = states.openPolicySignal(treatment);
      } else {
        if (signal == null) {
          signal = states.openPolicySignal(signalTreatment);
        }
        treatment = signalTreatment;
        id = signal;
      }
      return new Ready(
          entry.method(),
          "api/ifr-policy-signals/" + id + (referral ? "/referral" : ""),
          null,
          null,
          200,
          answer ->
              checked(
                  answer,
                  body ->
                      body.asJsonObject().getString("id").equals(id)
                          && body.asJsonObject().getString("treatmentCode").equals(treatment)
                          && (!referral || body.asJsonObject().getBoolean("referred")),
                  referral ? "the signal " + id + " referred" : "the signal " + id),
          IfrStates.SIGNAL_TYPE,
          id);
    }
    return switch (entry.method() + " " + path) {
      case "GET ifr" -> {
        JsonObject file = states.logged(patient, "BREAST_REDUCTION", false);
        String reference = file.getString("reference");
        yield get(
            "api/ifr?q=" + reference,
            file.getString("id"),
            body ->
                body.asJsonObject().getJsonArray("items").stream()
                    .anyMatch(item -> item.asJsonObject().getString("reference").equals(reference)),
            "the list holding " + reference);
      }
      case "GET ifr-treatments" ->
          get(
              "api/ifr-treatments",
              null,
              body -> body.toString().contains("BIOLOGIC_OFF_LABEL"),
              "the treatment list");
      case "GET ifr-figures" ->
          get(
              "api/ifr-figures",
              null,
              body -> body.asJsonObject().getJsonArray("tables").size() > 0,
              "the figures' tables");
      case "GET ifr/{id}" -> {
        String id = states.logged(patient, "BREAST_REDUCTION", false).getString("id");
        yield get(
            "api/ifr/" + id,
            id,
            body -> body.asJsonObject().getString("id").equals(id),
            "the request " + id);
      }
      case "POST ifr" -> {
        String named = patient + " " + System.nanoTime();
        yield post(
            "api/ifr",
            IfrStates.request(named, "9434765919"),
            201,
            REQUEST,
            null,
            file ->
                file.getString("status").equals("SCREENING")
                    && file.getString("reference").startsWith("IFR-"),
            "a new request being screened");
      }
      case "POST ifr/returned" ->
          post(
              "api/ifr/returned",
              IfrStates.returned(patient, "ABDOMINOPLASTY"),
              201,
              REQUEST,
              null,
              file ->
                  file.getString("status").equals("RETURNED") && !file.getBoolean("consentShown"),
              "a request returned for want of consent");
      case "POST ifr/{id}/screening" -> {
        JsonObject file = states.logged(patient, "BREAST_REDUCTION", false);
        yield step(
            file.getString("id"),
            "screening",
            IfrStates.screening(IfrStates.version(file), "ACCEPTED"),
            after -> after.getString("status").equals("AWAITING_PANEL"),
            "the request waiting for the panel");
      }
      case "POST ifr/{id}/information-received" -> {
        String id = states.awaitingInformation(patient);
        yield step(
            id,
            "information-received",
            IfrStates.versionOnly(states.version(id)),
            after -> after.getString("status").equals("SCREENING"),
            "the request back in screening");
      }
      case "POST ifr/{id}/chairs-action" -> {
        String id = states.logged(patient, "HYPERBARIC_OXYGEN", true).getString("id");
        yield step(
            id,
            "chairs-action",
            IfrStates.decision(states.version(id), "DECLINED"),
            after ->
                after.getString("status").equals("DECIDED")
                    && after.getString("outcome").equals("DECLINED"),
            "the chair's decision");
      }
      case "POST ifr/{id}/panel-decision" -> {
        String id = states.screened(states.logged(patient, "BREAST_REDUCTION", false));
        String meetingId = states.quorateMeetingFor(id);
        yield step(
            id,
            "panel-decision",
            IfrStates.atMeeting(meetingId, IfrStates.decision(states.version(id), "DECLINED")),
            after ->
                after.getString("status").equals("DECIDED")
                    && after.getString("outcome").equals("DECLINED"),
            "the panel's decision");
      }
      case "POST ifr/{id}/review-request" -> {
        String id = states.decided(patient);
        yield step(
            id,
            "review-request",
            IfrStates.reviewRequest(states.version(id)),
            after -> after.getString("status").equals("UNDER_REVIEW"),
            "the request under review");
      }
      case "POST ifr/{id}/review-decision" -> {
        String id = states.underReview(patient);
        yield step(
            id,
            "review-decision",
            IfrStates.reviewDecision(states.version(id)),
            // Upheld, a decline stands and asks for no report: the request closes.
            after ->
                after.getString("status").equals("CLOSED")
                    && after.getString("outcome").equals("DECLINED"),
            "the decline upheld and the request closed");
      }
      case "POST ifr/{id}/reconsideration" -> {
        String id = states.decided(patient);
        yield step(
            id,
            "reconsideration",
            IfrStates.reconsideration(states.version(id)),
            after ->
                after.getString("status").equals("SCREENING")
                    && after.getInt("reconsiderations") == 1,
            "the request back in screening");
      }
      case "POST ifr/{id}/outcome-report" -> {
        String id = states.awaitingOutcomeReport(patient);
        yield step(
            id,
            "outcome-report",
            IfrStates.outcomeReport(states.version(id)),
            after -> "Improved.".equals(after.getString("outcomeReport", null)),
            "the outcome report");
      }
      case "POST ifr/{id}/documents" -> {
        String id = states.logged(patient, "BREAST_REDUCTION", false).getString("id");
        byte[] pdf = SampleDocuments.pdf("Clinic letter for the matrix");
        yield new Ready(
            "POST",
            "api/ifr/" + id + "/documents?name=clinic-letter.pdf",
            "application/pdf",
            pdf,
            201,
            answer ->
                checked(
                    answer,
                    body ->
                        body.asJsonObject().getString("name").equals("clinic-letter.pdf")
                            && body.asJsonObject().getJsonNumber("sizeBytes").longValue()
                                == pdf.length,
                    "the document of " + pdf.length + " bytes"),
            REQUEST,
            id);
      }
      case "GET ifr/{id}/documents/{documentId}" -> {
        String id = states.logged(patient, "BREAST_REDUCTION", false).getString("id");
        byte[] pdf = SampleDocuments.pdf("Evidence read back by the matrix");
        Api.Answer attached =
            callers.postRaw(
                IfrStates.COORDINATOR,
                "api/ifr/" + id + "/documents?name=evidence.pdf",
                "application/pdf",
                pdf);
        if (attached.status() != 201) {
          throw new AssertionError(
              "attaching evidence: " + attached.status() + " " + attached.body());
        }
        String documentId = attached.json().getString("id");
        // The answer is read as text; the same bytes decoded the same way must come back, with
        // the length they had.
        String expected = new String(pdf, StandardCharsets.UTF_8);
        yield new Ready(
            "GET",
            "api/ifr/" + id + "/documents/" + documentId,
            null,
            null,
            200,
            answer ->
                answer.body().equals(expected)
                        && answer
                                .headers()
                                .firstValue("Content-Length")
                                .map(Long::valueOf)
                                .orElse(-1L)
                            == pdf.length
                    ? null
                    : "not the uploaded "
                        + pdf.length
                        + " bytes ("
                        + answer.contentType()
                        + ", "
                        + answer.headers().firstValue("Content-Length").orElse("no length")
                        + ")",
            REQUEST,
            id);
      }
      default -> throw new IllegalArgumentException("no IFR state for " + entry.endpoint());
    };
  }

  /** The panel meetings' rows: each call on a meeting scheduled for it. */
  private static Ready meetingCall(
      AuthorisationMatrix.Entry entry, IfrStates states, Callers callers) {
    LocalDate date = LocalDate.now(IfrStates.LONDON).plusDays(14);
    if (entry.path().equals("ifr-panel-meetings")) {
      if (entry.method().equals("POST")) {
        return post(
            "api/ifr-panel-meetings",
            IfrStates.meetingOn(date),
            201,
            MEETING,
            null,
            meeting -> meeting.getString("date").equals(date.toString()),
            "a meeting on " + date);
      }
      String id = states.meeting(date).getString("id");
      return get(
          "api/ifr-panel-meetings",
          null,
          body ->
              body.asJsonArray().stream()
                  .anyMatch(meeting -> meeting.asJsonObject().getString("id").equals(id)),
          "the list holding the meeting " + id);
    }
    String step = entry.path().substring("ifr-panel-meetings/{id}".length());
    return switch (entry.method() + " " + step) {
      case "GET " -> {
        String id = states.meeting(date).getString("id");
        yield get(
            "api/ifr-panel-meetings/" + id,
            null,
            body -> body.asJsonObject().getString("id").equals(id),
            "the meeting " + id);
      }
      case "GET /pack" -> {
        JsonObject file = states.logged("Mx Matrix Pack", "BREAST_REDUCTION", false);
        String reference = file.getString("reference");
        states.screened(file);
        String id = states.meeting(date).getString("id");
        yield get(
            "api/ifr-panel-meetings/" + id + "/pack",
            null,
            body ->
                body.toString().contains(reference) && !body.toString().contains("Mx Matrix Pack"),
            "the request " + reference + " with no name of its patient");
      }
      case "POST /attendance" -> {
        JsonObject meeting = states.meeting(date);
        String id = meeting.getString("id");
        yield post(
            "api/ifr-panel-meetings/" + id + "/attendance",
            IfrStates.attendance(IfrStates.version(meeting)),
            200,
            MEETING,
            id,
            after -> after.getJsonArray("members").size() == 3,
            "its three members");
      }
      case "POST /conflicts" -> {
        String request =
            states.screened(states.logged("Mx Matrix Conflict", "BREAST_REDUCTION", false));
        JsonObject meeting = states.quorate(states.meeting(date));
        String id = meeting.getString("id");
        yield post(
            "api/ifr-panel-meetings/" + id + "/conflicts",
            IfrStates.conflict(IfrStates.version(meeting), "Sam Reid", request),
            200,
            MEETING,
            id,
            after ->
                after.getJsonArray("conflicts").stream()
                    .anyMatch(
                        conflict ->
                            conflict.asJsonObject().getString("requestId").equals(request)
                                && conflict
                                    .asJsonObject()
                                    .getString("memberName")
                                    .equals("Sam Reid")),
            "Sam Reid's conflict on " + request);
      }
      case "POST /chairs-actions-noted" -> {
        String urgent =
            states.decidedByTheChair("Mx Matrix Urgent", IfrStates.decision(0, "DECLINED"));
        String id = states.meeting(date).getString("id");
        yield new Ready(
            "POST",
            "api/ifr-panel-meetings/" + id + "/chairs-actions-noted",
            "application/json",
            new byte[0],
            200,
            answer -> {
              String wrong =
                  checked(
                      answer,
                      body ->
                          body.asJsonObject().getString("id").equals(id)
                              && body.asJsonObject()
                                  .getJsonArray("agenda")
                                  .toString()
                                  .contains(urgent),
                      "the meeting " + id + " with the chair's action on its agenda");
              if (wrong != null) {
                return wrong;
              }
              JsonObject decision =
                  callers
                      .get(IfrStates.COORDINATOR, "api/ifr/" + urgent)
                      .json()
                      .getJsonObject("decision");
              return decision.getBoolean("awaitsNoting")
                  ? "the chair's action on " + urgent + " still awaits noting: " + decision
                  : null;
            },
            REQUEST,
            urgent);
      }
      default -> throw new IllegalArgumentException("no meeting state for " + entry.endpoint());
    };
  }

  private static Ready get(String path, String id, Predicate<JsonStructure> shows, String what) {
    return new Ready(
        "GET", path, null, null, 200, answer -> checked(answer, shows, what), REQUEST, id);
  }

  /** A step of the request {@code id}: its answer (the file, or what the panel sees) names it. */
  private static Ready step(
      String id, String step, Map<String, Object> body, Predicate<JsonObject> shows, String what) {
    return post("api/ifr/" + id + "/" + step, body, 200, REQUEST, id, shows, what);
  }

  private static Ready post(
      String path,
      Map<String, Object> body,
      int status,
      String caseType,
      String id,
      Predicate<JsonObject> shows,
      String what) {
    return RealCaseChecks.postShowing(path, body, status, caseType, id, shows, what);
  }
}
