package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import java.util.Collection;
import java.util.List;

/** Where the record of issued reports is kept; implemented with JPA outside the domain. */
public interface IssuedReports {

  void add(IssuedReport report);

  /** The reports that carried any of these stories, most recently issued first. */
  List<IssuedReport> carryingAnyOf(Collection<String> storyIds);
}
