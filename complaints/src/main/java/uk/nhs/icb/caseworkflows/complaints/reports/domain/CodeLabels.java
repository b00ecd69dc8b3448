package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A code list as a report prints it: each code's label, in the list's order. A code no longer on
 * the list (the ICB changed its lists after a complaint was coded) prints as itself rather than
 * being dropped from the count.
 */
public record CodeLabels(Map<String, String> labels) {

  public CodeLabels {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  public String labelOf(String code) {
    return labels.getOrDefault(code, code);
  }

  /** The labels in the list's order: the rows every table shows, 0 where nothing fell. */
  public List<String> inOrder() {
    return List.copyOf(labels.values());
  }
}
