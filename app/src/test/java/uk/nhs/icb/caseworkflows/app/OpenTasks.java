package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * A task of each role's own, open on a fresh case, for the task list's rows: a complaint's remit
 * check (handler), a promised action (manager), a story's review (Caldicott Guardian), a retention
 * review (IG officer), a CHC case's consent and eligibility decision, an IFR request's screening
 * and chair's action. Each with the variables its completion needs to take its process on.
 */
final class OpenTasks {

  /** The task, the case it belongs to, and a body that completes it. */
  record Open(String id, String caseType, String caseId, String completion) {}

  private OpenTasks() {}

  static Open of(String role, Function<String, StaffSession> sessions, RetentionReviews reviews) {
    StaffSession handler = sessions.apply("complaints-handler");
    StaffSession manager = sessions.apply("complaints-manager");
    StaffSession who = sessions.apply(role);
    switch (role) {
      case "complaints-handler" -> {
        String id = ComplaintStates.taken(handler);
        return new Open(
            ComplaintStates.openTaskOf(handler, id),
            "complaint",
            id,
            variables("withinRemit", true));
      }
      case "complaints-manager" -> {
        // The answered complaint's one open step: the action its response promised.
        String id = ComplaintStates.answered(handler, manager);
        return new Open(ComplaintStates.openTaskOf(handler, id), "complaint", id, variables());
      }
      case "caldicott-guardian" -> {
        String story = StoryStates.inCaldicottReview(handler, manager);
        return new Open(taskOf(who, "story", story), "story", story, variables("approved", false));
      }
      case "ig-officer" -> {
        RetentionReviews.UnderReview review = reviews.next(handler, who);
        return new Open(
            review.taskId(),
            "complaint",
            review.complaintId(),
            variables("retentionDecision", "EXTEND"));
      }
      case "chc-assessor" -> {
        String id = created(who, "chc", ApiEndpoints.validBody("chc"));
        return new Open(taskOf(who, "chc", id), "chc", id, variables("assessmentAgreed", true));
      }
      case "chc-panel" -> {
        // A full assessment whose team has recommended: the panel's eligibility decision is open.
        String id =
            new ChcStates(Callers.sessions(sessions))
                .recommended("Mx Task " + ComplaintStates.surname(), "NOT_ELIGIBLE");
        return new Open(taskOf(who, "chc", id), "chc", id, variables("eligible", false));
      }
      case "ifr-coordinator" -> {
        String id = created(who, "ifr", ApiEndpoints.validBody("ifr"));
        return new Open(
            taskOf(who, "ifr", id),
            "ifr",
            id,
            // Accepted goes to the panel, whose decision step is due by the date given.
            variables(
                "screeningOutcome",
                "ACCEPTED",
                "decisionDue",
                LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(6).toString()));
      }
      case "ifr-panel" -> {
        // An urgent request goes straight to the chair's action.
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) ApiEndpoints.validBody("ifr");
        request.put("urgent", true);
        request.put("urgencyReason", "Treatment must start within two weeks.");
        String id = created(sessions.apply("ifr-coordinator"), "ifr", request);
        return new Open(taskOf(who, "ifr", id), "ifr", id, variables());
      }
      default -> throw new IllegalArgumentException("no task for role " + role);
    }
  }

  private static String created(StaffSession who, String path, Object body) {
    Api.Answer answer = who.post("api/" + path, HostileRequests.json(body));
    if (answer.status() != 201) {
      throw new AssertionError("POST " + path + ": " + answer.status() + " " + answer.body());
    }
    return answer.json().getString("id");
  }

  /** The open task of that case in {@code who}'s list. */
  static String taskOf(StaffSession who, String caseType, String caseId) {
    for (int page = 0; ; page++) {
      JsonObject answer =
          who.get("api/tasks?caseType=" + caseType + "&size=100&page=" + page).json();
      var items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
      for (JsonObject task : items) {
        if (caseId.equals(task.getString("caseId", ""))) {
          return task.getString("id");
        }
      }
      if (items.isEmpty() || (page + 1) * 100L >= answer.getJsonNumber("total").longValue()) {
        throw new AssertionError("no open " + caseType + " task of " + caseId + " for " + who.user);
      }
    }
  }

  private static String variables(Object... namesAndValues) {
    return HostileRequests.json(
        HostileRequests.object("variables", HostileRequests.object(namesAndValues)));
  }
}
