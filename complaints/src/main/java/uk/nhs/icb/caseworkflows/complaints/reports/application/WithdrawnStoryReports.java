package uk.nhs.icb.caseworkflows.complaints.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports.WithdrawnStory;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReports;

/**
 * For the IG officer: the reports already issued that carried a story whose consent was withdrawn
 * after publication, so that their copies can be recalled. Story ids and report records only; the
 * reading is audited.
 */
@ApplicationScoped
public class WithdrawnStoryReports {

  /** One issued report that carried a withdrawn story. */
  public record Recall(
      String reportId,
      IssuedReport.Kind kind,
      String period,
      Instant issuedAt,
      String issuedBy,
      String storyId,
      Instant withdrawnAt) {}

  private final PublishedStories stories;
  private final IssuedReports issued;
  private final AuditTrail auditTrail;
  private final CurrentCaller caller;

  @Inject
  public WithdrawnStoryReports(
      PublishedStories stories, IssuedReports issued, AuditTrail auditTrail, CurrentCaller caller) {
    this.stories = stories;
    this.issued = issued;
    this.auditTrail = auditTrail;
    this.caller = caller;
  }

  protected WithdrawnStoryReports() {
    this(null, null, null, null);
  }

  /** Empty when no stories area is deployed; otherwise every recall, most recent report first. */
  @Transactional
  public Optional<List<Recall>> recalls() {
    if (!caller.get().hasAnyRole(Set.of(Roles.IG_OFFICER))) {
      throw new ForbiddenProblem("Only the IG officer sees the reports to recall.");
    }
    Optional<List<WithdrawnStory>> withdrawn = stories.withdrawnAfterPublication();
    Optional<List<Recall>> recalls = withdrawn.map(this::recallsOf);
    auditTrail.record(
        AuditEntry.read(
            "WITHDRAWN_STORY_REPORTS_VIEWED",
            ComplaintReports.CASE_TYPE,
            null,
            recalls
                .map(list -> list.size() + " reports to recall")
                .orElse("stories not deployed")));
    return recalls;
  }

  private List<Recall> recallsOf(List<WithdrawnStory> withdrawn) {
    Map<String, WithdrawnStory> byId =
        withdrawn.stream()
            .collect(Collectors.toMap(WithdrawnStory::storyId, Function.identity(), (a, b) -> a));
    return issued.carryingAnyOf(byId.keySet()).stream()
        .flatMap(
            report ->
                report.storyIds().stream()
                    .filter(byId::containsKey)
                    .map(
                        storyId ->
                            new Recall(
                                report.id(),
                                report.kind(),
                                report.period().label(),
                                report.issuedAt(),
                                report.issuedBy(),
                                storyId,
                                byId.get(storyId).withdrawnAt())))
        .toList();
  }
}
