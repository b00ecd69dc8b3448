package uk.nhs.icb.caseworkflows.common.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which forms a case page offers at each step its process can wait at, as data: the BPMN task key,
 * the form's address segment, the link's words, whether it is the step's main button, and when a
 * link depends on the case (stop or restart a clock), the condition. A step without links is worked
 * from the task list.
 *
 * @param <F> what the workflow reads of a case
 */
public final class StepLinks<F> {

  private record Link<F>(
      String taskKey, String path, String text, boolean primary, Predicate<F> offered) {}

  private final List<Link<F>> links = new ArrayList<>();

  /** A form offered whenever the case waits at {@code taskKey}. */
  public StepLinks<F> at(String taskKey, String path, String text, boolean primary) {
    return at(taskKey, path, text, primary, file -> true);
  }

  /** A form offered at {@code taskKey} when {@code offered} holds for the case. */
  public StepLinks<F> at(
      String taskKey, String path, String text, boolean primary, Predicate<F> offered) {
    links.add(new Link<>(taskKey, path, text, primary, offered));
    return this;
  }

  /** The links for the steps the case waits at, step by step, in the order they were declared. */
  public List<Map<String, Object>> forSteps(List<String> openTaskKeys, F file) {
    List<Map<String, Object>> actions = new ArrayList<>();
    for (String key : openTaskKeys) {
      for (Link<F> link : links) {
        if (link.taskKey().equals(key) && link.offered().test(file)) {
          add(actions, link.path(), link.text(), link.primary());
        }
      }
    }
    return actions;
  }

  /** Adds one link, as the case page template's {@code actions} prints it. */
  public static void add(
      List<Map<String, Object>> actions, String path, String text, boolean primary) {
    actions.add(Map.of("path", path, "text", text, "primary", primary));
  }
}
