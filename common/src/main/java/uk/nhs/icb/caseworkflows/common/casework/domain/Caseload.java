package uk.nhs.icb.caseworkflows.common.casework.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many open cases one caseworker of a team holds. */
public record Caseload(String caseType, String caseworker, long openCases) {

  /**
   * Counts each caseworker's open cases from the caseworker of each open case (one name per case),
   * busiest first, then by name, so a manager sees at once who has most.
   */
  public static List<Caseload> count(String caseType, List<String> caseworkerOfEachOpenCase) {
    Map<String, Long> counts = new TreeMap<>();
    for (String caseworker : caseworkerOfEachOpenCase) {
      counts.merge(caseworker, 1L, Long::sum);
    }
    return counts.entrySet().stream()
        .map(entry -> new Caseload(caseType, entry.getKey(), entry.getValue()))
        .sorted(
            Comparator.comparingLong(Caseload::openCases)
                .reversed()
                .thenComparing(Caseload::caseworker))
        .toList();
  }
}
