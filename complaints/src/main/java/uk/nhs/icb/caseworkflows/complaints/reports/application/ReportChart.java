package uk.nhs.icb.caseworkflows.complaints.reports.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;

/**
 * A chart of a report: its title, its bars (published counts only) and its text alternative, which
 * reads every bar as the table behind it does. The page draws it as SVG; the PDF as bars of the
 * page's own boxes, which are vector shapes.
 */
public record ReportChart(String id, String title, Map<String, PublishedCount> bars) {

  public ReportChart {
    bars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bars));
  }

  /** "April 2026: 15; May 2026: *; June 2026: 0." */
  public String textAlternative() {
    StringBuilder text = new StringBuilder(title).append(". ");
    String separator = "";
    for (Map.Entry<String, PublishedCount> bar : bars.entrySet()) {
      text.append(separator).append(bar.getKey()).append(": ").append(bar.getValue().shown());
      separator = "; ";
    }
    return text.append('.').toString();
  }

  /** Each bar with its length as a share of the longest (0 for * and 0), for the PDF. */
  public List<Map<String, Object>> barsForPrint() {
    long highest =
        bars.values().stream()
            .filter(count -> !count.isSuppressed())
            .mapToLong(count -> Long.parseLong(count.shown()))
            .max()
            .orElse(0);
    return bars.entrySet().stream()
        .map(
            bar -> {
              long value =
                  bar.getValue().isSuppressed() ? 0 : Long.parseLong(bar.getValue().shown());
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("label", bar.getKey());
              item.put("shown", bar.getValue().shown());
              item.put("width", highest == 0 ? 0 : Math.round(value * 70.0 / highest));
              item.put("hasBar", value > 0);
              return item;
            })
        .toList();
  }
}
