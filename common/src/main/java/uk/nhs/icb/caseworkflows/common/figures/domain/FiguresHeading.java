package uk.nhs.icb.caseworkflows.common.figures.domain;

import java.util.Objects;

/**
 * What a table of figures is: its title ("CHC eligibility decisions"), the heading of its category
 * column ("Outcome") and the period it covers. The same for the exact table and its published one.
 */
public record FiguresHeading(String title, String categoryHeading, ReportingPeriod period) {

  public FiguresHeading {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(categoryHeading, "categoryHeading");
    Objects.requireNonNull(period, "period");
  }
}
