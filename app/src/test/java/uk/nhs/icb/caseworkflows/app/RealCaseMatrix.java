package uk.nhs.icb.caseworkflows.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The authorisation matrix called on real cases: for every row, a case freshly brought to the state
 * the row's call needs; first every denied role calls it (403, and the call must still succeed
 * afterwards, so the refusal changed nothing it needs), then each allowed role calls it on a case
 * of its own and must get the row's success status and a right answer. An allowed cell passes only
 * by succeeding, never merely by not being refused.
 */
final class RealCaseMatrix {

  /** What a run called and what disagreed, with the calls per workflow (the first path segment). */
  record Result(
      int calls, int allowedCalls, List<String> disagreements, Map<String, Integer> callsPerArea) {}

  private RealCaseMatrix() {}

  static Result run(
      AuthorisationMatrix matrix,
      List<RealCases> workflows,
      Function<String, StaffSession> sessions,
      Predicate<AuthorisationMatrix.Entry> rows) {
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> perArea = new LinkedHashMap<>();
    int calls = 0;
    int allowedCalls = 0;
    for (AuthorisationMatrix.Entry entry : matrix.entries()) {
      if (!rows.test(entry)) {
        continue;
      }
      RealCases workflow =
          workflows.stream().filter(candidate -> candidate.covers(entry)).findFirst().orElse(null);
      if (workflow == null) {
        wrong.add(entry.endpoint() + ": no workflow makes a real case for it");
        continue;
      }
      boolean deniedTried = false;
      for (String role : matrix.roles()) {
        if (!entry.allowed().get(role)) {
          continue;
        }
        RealCases.Ready ready = workflow.prepare(entry, role, sessions);
        if (!deniedTried) {
          // The denied roles try first, on the case made ready for the first allowed role.
          for (String denied : matrix.roles()) {
            if (entry.allowed().get(denied)) {
              continue;
            }
            Api.Answer refused = ready.send(sessions.apply(denied));
            calls++;
            if (refused.status() != 403) {
              wrong.add(
                  entry.endpoint() + " as " + denied + " on a real case: " + refused.status());
            }
          }
          deniedTried = true;
        }
        Api.Answer answer = ready.send(sessions.apply(role));
        calls++;
        allowedCalls++;
        perArea.merge(area(entry), 1, Integer::sum);
        String problem =
            answer.status() != ready.expectedStatus()
                ? "status "
                    + answer.status()
                    + " (expected "
                    + ready.expectedStatus()
                    + ") "
                    + abbreviate(answer.body())
                : ready.check().apply(answer);
        if (problem != null) {
          wrong.add(entry.endpoint() + " as " + role + " on a real case: " + problem);
        }
      }
    }
    return new Result(calls, allowedCalls, List.copyOf(wrong), perArea);
  }

  static String area(AuthorisationMatrix.Entry entry) {
    String first = entry.path().split("/")[0];
    return first.startsWith("chc") ? "chc" : first.startsWith("ifr") ? "ifr" : first;
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
