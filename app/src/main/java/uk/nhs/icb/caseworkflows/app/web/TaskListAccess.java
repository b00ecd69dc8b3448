package uk.nhs.icb.caseworkflows.app.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.Roles;

/**
 * Who has a task list (every role that works cases, as for {@code /api/tasks}), and which teams a
 * manager's role oversees.
 */
final class TaskListAccess {

  static final Set<String> ROLES_WITH_TASKS =
      Roles.ALL.stream()
          .filter(role -> !role.equals(Roles.GOVERNING_BODY))
          .collect(Collectors.toUnmodifiableSet());

  private static final Map<String, Set<String>> TEAMS_OF_MANAGER =
      Map.of(Roles.COMPLAINTS_MANAGER, Set.of(Roles.COMPLAINTS_HANDLER, Roles.COMPLAINTS_MANAGER));

  private TaskListAccess() {}

  static boolean hasTasks(Caller caller) {
    return caller.hasAnyRole(ROLES_WITH_TASKS);
  }

  /** The roles whose tasks the caller manages; empty for someone who manages no team. */
  static Set<String> teamsManagedBy(Caller caller) {
    return caller.roles().stream()
        .flatMap(role -> TEAMS_OF_MANAGER.getOrDefault(role, Set.of()).stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
