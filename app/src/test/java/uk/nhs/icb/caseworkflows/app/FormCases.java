package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.function.Function;

/**
 * The case a form post changes, read from the address it posts to, so that its state can be
 * snapshotted ({@link CaseSnapshot}) before and after hostile variants of the post: a case form
 * names its case ({@code complaints/<id>/...}, {@code chc-cases/<id>/...}, {@code
 * casework/<type>/<id>/...}); a task action names a task, whose case the task list gives. A form
 * that records a new case ({@code .../new}) changes none yet: empty.
 */
final class FormCases {

  /** A case by its snapshot's type and its id. */
  record Case(String type, String id) {}

  private FormCases() {}

  /**
   * The case {@code action} changes, {@code role} being the role that posts it (whose task list
   * holds the task of a task action).
   */
  static Optional<Case> of(String action, String role, Function<String, StaffSession> sessions) {
    String[] segments = action.split("\\?", 2)[0].split("/");
    if (segments.length < 2 || segments[1].equals("new")) {
      return Optional.empty();
    }
    String id = segments[1];
    return switch (segments[0]) {
      case "complaints" -> Optional.of(new Case("complaint", id));
      case "chc-cases" -> Optional.of(new Case("chc", id));
      case "ifr" -> Optional.of(new Case("ifr", id));
      case "ifr-panel-meetings" -> Optional.of(new Case("ifr-panel-meeting", id));
      case "ifr-policy-signals" -> Optional.of(new Case("ifr-signal", id));
      case "stories" -> Optional.of(new Case("story", id));
      case "casework", "retention" ->
          segments.length < 3 ? Optional.empty() : Optional.of(new Case(segments[1], segments[2]));
      case "tasks" -> ofTask(id, sessions.apply(role));
      default -> Optional.empty();
    };
  }

  /**
   * The case of a task, looked up in the role's task list oldest first from its last page (a task
   * made for the test is among the newest).
   */
  private static Optional<Case> ofTask(String taskId, StaffSession session) {
    for (String whose : new String[] {"", "&assigned=all"}) {
      String list = "api/tasks?sort=created&size=100" + whose;
      Api.Answer first = session.get(list + "&page=0");
      if (first.status() != 200) {
        continue;
      }
      int total = first.json().getInt("total");
      for (int page = (Math.max(total, 1) - 1) / 100; page >= 0; page--) {
        for (JsonObject task :
            session
                .get(list + "&page=" + page)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
          if (task.getString("id").equals(taskId)) {
            return Optional.of(new Case(task.getString("caseType"), task.getString("caseId")));
          }
        }
      }
    }
    throw new IllegalStateException("task " + taskId + " is in no task list of " + session.user);
  }
}
