package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Complaints brought through the API to the states the container tests need them in: taken in,
 * under investigation with evidence and documents, with their letters and open steps. Each method
 * fails the test (with the server's answer) if a step it takes is refused.
 */
final class ComplaintStates {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private ComplaintStates() {}

  /** A complaint under investigation and one piece of its evidence. */
  record Investigated(String complaintId, String evidenceId) {}

  static Investigated underInvestigation(StaffSession session, String complainant) {
    String id = intake(session, complainant).json().getString("id");
    String path = "api/complaints/" + id;
    for (String[] step :
        new String[][] {
          {"/remit-decision", "{\"withinRemit\":true}"},
          {"/acknowledgement", ""},
          // HostileRequests' intake is for a patient lacking capacity: their representative first.
          {"/standing-decision", "{\"accepted\":true,\"bestInterests\":true}"},
          {"/consents", consentBody("PROCESS_CASE")},
          {"/consents", patientsConsentGivenByTheirRepresentative("SHARE_WITH_PROVIDER")},
          {"/consents", consentBody("SHARE_IDENTITY_WITH_SUBJECT")},
          {
            "/plan",
            "{\"issues\":[\"Delay\"],\"investigatedBy\":\"ICB\",\"anonymityRequested\":false}"
          }
        }) {
      Api.Answer answer = session.post(path + step[0], step[1]);
      assertThat(answer.status()).as(step[0] + ": " + answer.body()).isEqualTo(200);
    }
    return new Investigated(id, recordEvidence(session, id));
  }

  /** The patient lacks capacity: their attorney consents for them. */
  static String patientsConsentGivenByTheirRepresentative(String purpose) {
    return "{\"whose\":\"PATIENT\",\"purpose\":\""
        + purpose
        + "\",\"givenAs\":\"REPRESENTATIVE\",\"giverName\":\"Mrs Attorney\","
        + "\"giverStanding\":\"Lasting power of attorney for health and welfare\","
        + "\"method\":\"WRITTEN\",\"givenAt\":\""
        + Instant.now().minusSeconds(60)
        + "\"}";
  }

  static String consentBody(String purpose) {
    return "{\"whose\":\"COMPLAINANT\",\"purpose\":\""
        + purpose
        + "\",\"givenAs\":\"THE_PERSON\",\"method\":\"WRITTEN\",\"givenAt\":\""
        + Instant.now().minusSeconds(60)
        + "\"}";
  }

  /** Records a piece of evidence and returns its id. */
  static String recordEvidence(StaffSession session, String complaintId) {
    List<String> before = evidenceIds(session.get("api/complaints/" + complaintId).json());
    Api.Answer answer =
        session.post(
            "api/complaints/" + complaintId + "/evidence",
            "{\"kind\":\"DOCUMENT\",\"summary\":\"Call log\",\"source\":\"Practice\","
                + "\"receivedOn\":\""
                + LocalDate.now(LONDON)
                + "\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return evidenceIds(answer.json()).stream()
        .filter(id -> !before.contains(id))
        .findFirst()
        .orElseThrow();
  }

  static List<String> evidenceIds(JsonObject file) {
    return file.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("id"))
        .toList();
  }

  static String documentsPath(Investigated where) {
    return "api/complaints/"
        + where.complaintId()
        + "/evidence/"
        + where.evidenceId()
        + "/documents";
  }

  static String attach(StaffSession session, Investigated where, String name, byte[] body) {
    Api.Answer answer =
        session.postRaw(
            documentsPath(where) + "?name=" + name, "application/pdf", body, false, null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getString("id");
  }

  /** The ids of the documents the file lists under that evidence, in the order they came. */
  static List<String> documentsOf(StaffSession session, Investigated where) {
    return session
        .get("api/complaints/" + where.complaintId())
        .json()
        .getJsonArray("evidence")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> item.getString("id").equals(where.evidenceId()))
        .flatMap(item -> item.getJsonArray("documents").getValuesAs(JsonObject.class).stream())
        .map(document -> document.getString("id"))
        .toList();
  }

  static Map<String, Object> intakeBody(String complainant) {
    return HostileRequests.intake(complainant, LocalDate.now(LONDON).minusMonths(1));
  }

  static Api.Answer intake(StaffSession session, String complainant) {
    Api.Answer answer =
        session.post("api/complaints", HostileRequests.json(intakeBody(complainant)));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer;
  }

  static String firstLetterOf(StaffSession session, String complaintId) {
    return session
        .get("api/cases/complaint/" + complaintId + "/letters")
        .structure()
        .asJsonArray()
        .getJsonObject(0)
        .getString("id");
  }

  static String openTaskOf(StaffSession session, String complaintId) {
    return openSteps(session, complaintId).stream()
        .map(step -> step.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open task for " + complaintId));
  }

  static List<String> openTaskKeys(StaffSession session, String complaintId) {
    return openSteps(session, complaintId).stream().map(step -> step.getString("key")).toList();
  }

  /** The steps the complaint's process waits at, as the complaint's API lists them. */
  static List<JsonObject> openSteps(StaffSession session, String complaintId) {
    return session
        .get("api/complaints/" + complaintId)
        .json()
        .getJsonArray("openSteps")
        .getValuesAs(JsonObject.class);
  }

  static List<String> letterKinds(StaffSession session, String id) {
    return session
        .get("api/cases/complaint/" + id + "/letters")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(letter -> letter.getString("kind"))
        .toList();
  }

  static String letters(int n) {
    Random random = new Random();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  // --- the states the real-case proofs start from (a complainant complaining for themselves) ---

  /** The handler's session, which drives every state below. */
  static final String HANDLER = "complaints-handler";

  /** A draft partly upheld (one issue upheld, one not) with one action promised. */
  static String draftResponse() {
    return HostileRequests.json(
        HostileRequests.object(
            "outcomes",
            List.of("UPHELD", "NOT_UPHELD"),
            "steps",
            List.of("We read the records."),
            "findings",
            List.of("The first visit was late.", "The call was returned."),
            "overallSummary",
            "The first visit was late; the call was returned.",
            "apology",
            "We are sorry for the delay.",
            "actions",
            List.of(
                HostileRequests.object(
                    "description",
                    "Check new referrals daily",
                    "owner",
                    "Community nursing manager",
                    "dueBy",
                    LocalDate.now(LONDON).plusMonths(2).toString())),
            "satisfied",
            true));
  }

  /** A complaint by the complainant about their own care (no patient, no representative). */
  static Map<String, Object> ownIntakeBody(String complainant) {
    Map<String, Object> body = intakeBody(complainant);
    body.remove("patient");
    body.remove("representation");
    return body;
  }

  /** Takes in a complainant's own complaint; its id. It waits at check-remit. */
  static String taken(StaffSession handler) {
    Api.Answer answer =
        handler.post("api/complaints", HostileRequests.json(ownIntakeBody("Ms " + surname())));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getString("id");
  }

  /** A fresh surname, so that a search finds one complaint. */
  static String surname() {
    return "Real" + letters(10);
  }

  /** Takes a step that must succeed; the complaint file (or view) it answers. */
  static JsonObject step(StaffSession session, String path, String body) {
    Api.Answer answer = session.post(path, body == null ? "" : body);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  static void consent(StaffSession handler, String id, String purpose) {
    step(handler, "api/complaints/" + id + "/consents", consentBody(purpose));
  }

  /** Within remit and acknowledged with no consent yet: it waits at record-consent. */
  static String awaitingConsent(StaffSession handler) {
    String id = taken(handler);
    step(handler, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    step(handler, "api/complaints/" + id + "/acknowledgement", "");
    return id;
  }

  /** Consented to be handled and shared with the provider, acknowledged: waits at agree-plan. */
  static String acknowledged(StaffSession handler) {
    String id = taken(handler);
    consent(handler, id, "PROCESS_CASE");
    consent(handler, id, "SHARE_WITH_PROVIDER");
    step(handler, "api/complaints/" + id + "/remit-decision", "{\"withinRemit\":true}");
    step(handler, "api/complaints/" + id + "/acknowledgement", "");
    return id;
  }

  /** Acknowledged, the complainant consented to be named, planned: waits at investigate. */
  static String investigating(StaffSession handler) {
    String id = acknowledged(handler);
    consent(handler, id, "SHARE_IDENTITY_WITH_SUBJECT");
    step(handler, "api/complaints/" + id + "/plan", plan(false));
    return id;
  }

  static String plan(boolean anonymityRequested) {
    return "{\"issues\":[\"Delay\",\"No call back\"],\"investigatedBy\":\"ICB\","
        + "\"anonymityRequested\":"
        + anonymityRequested
        + "}";
  }

  /** Investigated and its response drafted: waits at the manager's sign-off-response. */
  static String drafted(StaffSession handler) {
    String id = investigating(handler);
    step(handler, "api/complaints/" + id + "/investigation-complete", "");
    step(handler, "api/complaints/" + id + "/draft-response", draftResponse());
    return id;
  }

  /**
   * Signed off by the manager: closed as responded, partly upheld (so its story is asked for), with
   * the promised action open.
   */
  static String answered(StaffSession handler, StaffSession manager) {
    String id = drafted(handler);
    step(manager, "api/complaints/" + id + "/sign-off", "{\"approved\":true}");
    return id;
  }

  /** Taken in and withdrawn at once: closed, its retention (nothing, in ReliabilityIT) running. */
  static String withdrawn(StaffSession handler) {
    String id = taken(handler);
    step(handler, "api/complaints/" + id + "/withdrawal", "{\"note\":\"Withdrawn.\"}");
    return id;
  }

  static String referenceOf(StaffSession session, String id) {
    return session.get("api/complaints/" + id).json().getString("reference");
  }

  /** A complaint about something twenty months ago: waits at decide-late-complaint. */
  static String late(StaffSession handler) {
    Map<String, Object> body = ownIntakeBody("Mr " + surname());
    body.put(
        "details",
        HostileRequests.object(
            "whatHappened",
            "A late complaint.",
            "happenedOn",
            LocalDate.now(LONDON).minusMonths(20).toString()));
    Api.Answer answer = handler.post("api/complaints", HostileRequests.json(body));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getString("id");
  }

  /**
   * A complaint received a fortnight ago and not acknowledged, once the process has escalated its
   * overdue acknowledgement to the manager's breaches (its timer fires at once; the job executor
   * takes a few seconds to run it).
   */
  static String overdue(StaffSession handler, StaffSession manager) {
    Map<String, Object> body = ownIntakeBody("Mrs " + surname());
    body.put("receivedAt", Instant.now().minus(java.time.Duration.ofDays(14)).toString());
    Api.Answer answer = handler.post("api/complaints", HostileRequests.json(body));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    String id = answer.json().getString("id");
    long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < giveUp) {
      if (manager.get("api/complaint-breaches").body().contains(id)) {
        return id;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no breach escalated for complaint " + id + " within 90 seconds");
  }
}
