package uk.nhs.icb.caseworkflows.app;

import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Closed complaints whose retention review is open, for a deployment whose complaint retention is
 * nothing (ReliabilityIT's). The review opens when the engine's job executor fires the retention
 * timer, seconds after the closure; so the complaints are closed in a batch and waited for
 * together, and each is handed out once (every call on a review changes it).
 */
final class RetentionReviews {

  /** A closed complaint and its open review task. */
  record UnderReview(String complaintId, String taskId) {}

  private static final long GIVE_UP_SECONDS = 180;

  private final int batch;
  private final Deque<UnderReview> ready = new ArrayDeque<>();

  RetentionReviews(int batch) {
    this.batch = batch;
  }

  /** A closed complaint of its own whose review task is open. */
  synchronized UnderReview next(StaffSession handler, StaffSession igOfficer) {
    if (ready.isEmpty()) {
      fill(handler, igOfficer);
    }
    return ready.pop();
  }

  private void fill(StaffSession handler, StaffSession igOfficer) {
    List<String> closed = new ArrayList<>();
    for (int i = 0; i < batch; i++) {
      closed.add(ComplaintStates.withdrawn(handler));
    }
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
    Map<String, String> tasks = new HashMap<>();
    while (tasks.size() < closed.size()) {
      tasks.putAll(reviewTasks(igOfficer, closed));
      if (tasks.size() < closed.size()) {
        if (System.nanoTime() > giveUp) {
          throw new AssertionError(
              "retention reviews open for " + tasks.keySet() + " of " + closed + " after 180 s");
        }
        pause();
      }
    }
    closed.forEach(id -> ready.add(new UnderReview(id, tasks.get(id))));
  }

  /**
   * Waits until the retention review of the closed complaint {@code complaintId} has opened: the
   * engine's retention timer, which this deployment fires at once, has then done its work on the
   * case, and a step that reopens it no longer meets it half way (a 409, "reload and try again").
   */
  static void awaitReviewOf(StaffSession igOfficer, String complaintId) {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
    while (reviewTasks(igOfficer, List.of(complaintId)).isEmpty()) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("no retention review opened for " + complaintId + " in 180 s");
      }
      pause();
    }
  }

  /** The open review tasks, by complaint id, of those complaints. */
  private static Map<String, String> reviewTasks(StaffSession igOfficer, List<String> complaints) {
    Map<String, String> found = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonObject answer =
          igOfficer.get("api/tasks?caseType=retention&size=100&page=" + page).json();
      List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
      for (JsonObject task : items) {
        String caseId = task.getString("caseId", "");
        for (String id : complaints) {
          if (caseId.equals("complaint/" + id)) {
            found.put(id, task.getString("id"));
          }
        }
      }
      if (items.isEmpty() || (page + 1) * 100L >= answer.getJsonNumber("total").longValue()) {
        return found;
      }
    }
  }

  private static void pause() {
    try {
      // The job executor's acquisition runs every few seconds; polling faster gains nothing.
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
