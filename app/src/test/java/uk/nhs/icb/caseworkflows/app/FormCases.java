package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  /**
   * The meeting forms whose work lands on the requests of the meeting's agenda: the panel's
   * decision on one of them, and the noting of every chair's action among them.
   */
  private static final Set<String> ON_THE_AGENDA = Set.of("decide", "chairs-actions-noted");

  private FormCases() {}

  /**
   * Every case {@code action} may change: the case it names, and for a meeting form whose work
   * lands on the agenda ({@link #ON_THE_AGENDA}) each request on the meeting's agenda as the
   * coordinator reads it now (a hostile variant naming another of them is watched too).
   */
  static List<Case> changedBy(String action, String role, Function<String, StaffSession> sessions) {
    Case named = of(action, role, sessions).orElseThrow();
    List<Case> cases = new ArrayList<>(List.of(named));
    String[] segments = action.split("\\?", 2)[0].split("/");
    if (named.type().equals("ifr-panel-meeting")
        && segments.length > 2
        && ON_THE_AGENDA.contains(segments[2])) {
      sessions
          .apply(IfrStates.COORDINATOR)
          .get("api/ifr-panel-meetings/" + named.id())
          .json()
          .getJsonArray("agenda")
          .getValuesAs(jakarta.json.JsonString.class)
          .forEach(request -> cases.add(new Case("ifr", request.getString())));
    }
    return cases;
  }

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
