package uk.nhs.icb.caseworkflows.common.figures.web;

import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/** "complaints-received-2026-04-01-to-2026-06-30-1.csv": safe in any file system and header. */
final class CsvFileName {

  private CsvFileName() {}

  static String of(String title, ReportingPeriod period, int table) {
    String stem =
        title.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (stem.isEmpty() ? "figures" : stem)
        + "-"
        + period.from()
        + "-to-"
        + period.to()
        + "-"
        + (table + 1)
        + ".csv";
  }
}
