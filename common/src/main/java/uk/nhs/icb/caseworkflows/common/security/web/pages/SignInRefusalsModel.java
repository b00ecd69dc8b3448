package uk.nhs.icb.caseworkflows.common.security.web.pages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.security.domain.RefusalReport;
import uk.nhs.icb.caseworkflows.common.web.pages.PageFormats;
import uk.nhs.icb.caseworkflows.common.web.pages.PageView;

/** What the refused sign-ins page shows, as its template names it. */
final class SignInRefusalsModel {

  /** Sources listed per period; the rest are summed into one row so a flood stays readable. */
  static final int SOURCES_SHOWN = 20;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(PageFormats.UK);

  private SignInRefusalsModel() {}

  static PageView page(RefusalReport current, List<RefusalReport> recent, Instant since) {
    Map<String, Object> model = new HashMap<>();
    model.put("since", WHEN.format(since));
    model.put("current", period(current));
    List<Map<String, Object>> periods = recent.stream().map(SignInRefusalsModel::period).toList();
    model.put("periods", periods);
    model.put("hasPeriods", !periods.isEmpty());
    return PageView.of("Refused sign-ins", "security/sign-in-refusals", model);
  }

  private static Map<String, Object> period(RefusalReport report) {
    Map<String, Object> period = new HashMap<>();
    period.put("from", WHEN.format(report.from()));
    period.put("to", WHEN.format(report.to()));
    period.put("total", report.total());
    period.put("sourceCount", report.bySource().size());
    period.put("sourcesWord", report.bySource().size() == 1 ? "source" : "sources");
    period.put("empty", report.isEmpty());
    List<Map<String, Object>> rows =
        report.bySource().entrySet().stream()
            .limit(SOURCES_SHOWN)
            .map(e -> Map.<String, Object>of("source", e.getKey(), "count", e.getValue()))
            .toList();
    period.put("sources", rows);
    long rest =
        report.bySource().values().stream().skip(SOURCES_SHOWN).mapToLong(Long::longValue).sum();
    period.put("rest", rest > 0 ? rest : null);
    period.put("restSources", report.bySource().size() - SOURCES_SHOWN);
    return period;
  }
}
