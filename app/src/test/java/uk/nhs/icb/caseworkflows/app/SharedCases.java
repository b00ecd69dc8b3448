package uk.nhs.icb.caseworkflows.app;

import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.array;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.get;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.names;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.object;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.objects;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.pdf;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.post;
import static uk.nhs.icb.caseworkflows.app.RealCaseChecks.present;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The platform's shared rows (the task list, the audit trail, a case's letters and caseworker, the
 * caseloads, retention) on real cases: complaints for every role of the complaints team and the IG
 * officer, and for the task list a task of each role's own ({@link OpenTasks}).
 */
final class SharedCases implements RealCases {

  private static final String HANDLER = "complaints-handler";
  private static final String MANAGER = "complaints-manager";
  private static final String IG = "ig-officer";
  private static final String COMPLAINT = "complaint";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Six reviews: four task-list calls by the IG officer, one destruction, one certificate. */
  private final RetentionReviews reviews = new RetentionReviews(6);

  private String destroyedCertificate;

  @Override
  public boolean covers(AuthorisationMatrix.Entry entry) {
    String path = entry.path();
    return path.startsWith("tasks")
        || path.startsWith("audit")
        || path.startsWith("cases/")
        || path.equals("caseload")
        || path.startsWith("retention/");
  }

  @Override
  public Ready prepare(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    StaffSession handler = sessions.apply(HANDLER);
    StaffSession ig = sessions.apply(IG);
    if (entry.path().startsWith("tasks")) {
      return taskCall(entry, role, sessions);
    }
    return switch (entry.endpoint()) {
      case "GET audit" -> {
        String id = ComplaintStates.taken(handler);
        yield get(
            "audit?caseType=complaint&caseId=" + id + "&size=100",
            COMPLAINT,
            id,
            object(
                "the intake of " + id + " in its trail",
                json ->
                    objects(json, "items").stream()
                        .anyMatch(e -> e.getString("action").equals("COMPLAINT_RECEIVED"))));
      }
      case "GET audit/verify" -> {
        ComplaintStates.taken(handler);
        yield get(
            "audit/verify",
            null,
            null,
            object("an intact chain", json -> json.getBoolean("intact")));
      }
      case "POST audit/verify" -> {
        ComplaintStates.taken(handler);
        Api.Answer kept = ig.get("api/audit/checkpoint");
        if (kept.status() != 200) {
          throw new AssertionError("checkpoint: " + kept.status() + " " + kept.body());
        }
        yield post(
            "audit/verify",
            kept.body(),
            200,
            null,
            null,
            object("intact against the checkpoint kept", json -> json.getBoolean("intact")));
      }
      case "GET audit/checkpoint" -> {
        ComplaintStates.taken(handler);
        yield get(
            "audit/checkpoint",
            null,
            null,
            object(
                "a checkpoint with its MAC",
                json -> present(json, "mac") && json.getJsonNumber("sequence").longValue() > 0));
      }
      case "GET cases/{type}/{id}/letters" -> {
        String id = ComplaintStates.acknowledged(handler);
        yield get(
            "cases/complaint/" + id + "/letters",
            COMPLAINT,
            id,
            array(
                "its acknowledgement",
                list ->
                    list.getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("kind").equals("complaint-acknowledgement"))));
      }
      case "GET cases/{type}/{id}/letters/{letterId}" -> {
        String id = ComplaintStates.acknowledged(handler);
        String letter = ComplaintStates.firstLetterOf(handler, id);
        yield get("cases/complaint/" + id + "/letters/" + letter, COMPLAINT, id, pdf());
      }
      case "GET cases/{type}/{id}/caseworker" -> {
        String id = ComplaintStates.taken(handler);
        yield get(
            "cases/complaint/" + id + "/caseworker",
            COMPLAINT,
            id,
            object(
                "the complaints team's case", json -> json.getString("team", "").equals(HANDLER)));
      }
      case "POST cases/{type}/{id}/reassignment" -> {
        String id = ComplaintStates.taken(handler);
        yield post(
            "cases/complaint/" + id + "/reassignment",
            reassignTo(handler, id),
            200,
            COMPLAINT,
            id,
            object(
                "the case with " + HANDLER,
                json -> json.getString("caseworker", "").equals(HANDLER)));
      }
      case "GET caseload" -> {
        String id = ComplaintStates.taken(handler);
        ComplaintStates.step(
            sessions.apply(MANAGER),
            "api/cases/complaint/" + id + "/reassignment",
            reassignTo(handler, id));
        yield get(
            "caseload?caseType=complaint",
            COMPLAINT,
            id,
            array(
                HANDLER + "'s caseload",
                list ->
                    list.getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getString("caseworker", "").equals(HANDLER))));
      }
      case "GET retention/reviews" -> {
        String id = ComplaintStates.withdrawn(handler);
        yield get(
            "retention/reviews",
            COMPLAINT,
            id,
            array(
                "complaint " + id + " due for review",
                list ->
                    list.getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> r.getString("recordId").equals(id))));
      }
      case "GET retention/records/{type}/{id}" -> {
        String id = ComplaintStates.withdrawn(handler);
        yield get(
            "retention/records/complaint/" + id,
            COMPLAINT,
            id,
            names("recordId", id, "its retention ended", json -> json.getBoolean("due")));
      }
      case "POST retention/records/{type}/{id}/extension" -> {
        String id = ComplaintStates.withdrawn(handler);
        String until = LocalDate.now(LONDON).plusYears(1).toString();
        yield post(
            "retention/records/complaint/" + id + "/extension",
            "{\"retainUntil\":\"" + until + "\",\"reason\":\"A claim is expected.\"}",
            200,
            COMPLAINT,
            id,
            names(
                "recordId",
                id,
                "kept until " + until,
                json -> json.getString("retainUntil").equals(until)));
      }
      case "POST retention/records/{type}/{id}/destruction" -> {
        String id = reviews.next(handler, ig).complaintId();
        yield post(
            "retention/records/complaint/" + id + "/destruction",
            appraisal(),
            201,
            COMPLAINT,
            id,
            object(
                "a destruction certificate",
                json -> json.getString("number", "").startsWith("DC-")));
      }
      case "GET retention/certificates" -> {
        String number = destroyed(handler, ig);
        yield get(
            "retention/certificates",
            null,
            null,
            array(
                "certificate " + number,
                list ->
                    list.getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getString("number").equals(number))));
      }
      case "GET retention/certificates/{number}" -> {
        String number = destroyed(handler, ig);
        yield get(
            "retention/certificates/" + number,
            null,
            null,
            names("number", number, "the certificate", json -> true));
      }
      default -> throw new IllegalArgumentException("no real case for " + entry.endpoint());
    };
  }

  private Ready taskCall(
      AuthorisationMatrix.Entry entry, String role, Function<String, StaffSession> sessions) {
    StaffSession who = sessions.apply(role);
    OpenTasks.Open task = OpenTasks.of(role, sessions, reviews);
    String path = "tasks/" + task.id();
    return switch (entry.endpoint()) {
      case "GET tasks" -> {
        ComplaintStates.step(who, "api/" + path + "/claim", "");
        yield get(
            "tasks?assigned=MINE&size=100",
            task.caseType(),
            task.caseId(),
            object(
                "task " + task.id() + " among " + role + "'s",
                json ->
                    objects(json, "items").stream()
                        .anyMatch(t -> t.getString("id").equals(task.id()))));
      }
      case "POST tasks/{id}/claim" ->
          post(
              path + "/claim",
              null,
              200,
              task.caseType(),
              task.caseId(),
              names(
                  "id",
                  task.id(),
                  "claimed by " + role,
                  json -> json.getString("assignee", "").equals(role)));
      case "POST tasks/{id}/unclaim" -> {
        ComplaintStates.step(who, "api/" + path + "/claim", "");
        yield post(
            path + "/unclaim",
            null,
            200,
            task.caseType(),
            task.caseId(),
            names("id", task.id(), "claimed by nobody", json -> !present(json, "assignee")));
      }
      case "POST tasks/{id}/complete" ->
          // Every workflow's step is recorded through its own form and endpoint, which keep what
          // the step decides: the task list refuses to complete one bare and changes nothing
          // (its generic completion is PlatformIT's, on the probe's step).
          post(
              path + "/complete",
              task.completion(),
              409,
              task.caseType(),
              task.caseId(),
              answer ->
                  answer.body().contains("record it through its own form")
                      ? null
                      : "not the own-form refusal: " + answer.body());
      default -> throw new IllegalArgumentException("no real task for " + entry.endpoint());
    };
  }

  /** The certificate of one complaint destroyed for the reads that only list and show it. */
  private synchronized String destroyed(StaffSession handler, StaffSession ig) {
    if (destroyedCertificate == null) {
      String id = reviews.next(handler, ig).complaintId();
      Api.Answer destroyed =
          ig.post("api/retention/records/complaint/" + id + "/destruction", appraisal());
      if (destroyed.status() != 201) {
        throw new AssertionError("destruction: " + destroyed.status() + " " + destroyed.body());
      }
      destroyedCertificate = destroyed.json().getString("number");
    }
    return destroyedCertificate;
  }

  private static String appraisal() {
    return "{\"appraisal\":\"Reviewed: no open complaint, claim or request needs it.\"}";
  }

  /** To the handler, from the form the manager read: with the assignment's version. */
  private static String reassignTo(StaffSession reader, String id) {
    JsonObject now = reader.get("api/cases/complaint/" + id + "/caseworker").json();
    return "{\"caseworker\":\""
        + HANDLER
        + "\",\"reason\":\"Workload\",\"version\":"
        + now.getJsonNumber("version")
        + "}";
  }
}
