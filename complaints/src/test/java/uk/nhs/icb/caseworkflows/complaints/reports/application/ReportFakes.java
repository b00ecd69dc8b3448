package uk.nhs.icb.caseworkflows.complaints.reports.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.coding.application.CodeListReader;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.application.ComplaintCodeSettings;
import uk.nhs.icb.caseworkflows.complaints.application.OmbudsmanFigures;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ComplaintForReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ImprovementAction;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReports;

/**
 * The reports' use cases over fakes: complaints and actions given as lists, the stories port as a
 * fake (or absent, as in a deployment without the stories area), issued reports and audit entries
 * kept in memory, a fixed clock, and whoever the test says is signed in.
 */
final class ReportFakes {

  static final Instant NOW = Instant.parse("2026-07-15T10:00:00Z");

  final List<ComplaintForReport> complaints = new ArrayList<>();
  final List<ImprovementAction> actions = new ArrayList<>();
  final List<IssuedReport> issued = new ArrayList<>();
  final List<AuditEntry> audited = new ArrayList<>();
  final FakeStories stories = new FakeStories();
  boolean storiesDeployed = true;
  Caller signedIn = new Caller("board.member", Set.of("governing-body"));

  /** The port as the stories area would answer it. */
  static final class FakeStories implements StoriesForReports {
    final List<ReportStory> published = new ArrayList<>();
    final List<WithdrawnStory> withdrawn = new ArrayList<>();

    @Override
    public List<ReportStory> publishedIn(ReportingPeriod period) {
      return published.stream().filter(story -> period.contains(story.publishedOn())).toList();
    }

    @Override
    public List<WithdrawnStory> withdrawnAfterPublication() {
      return withdrawn;
    }
  }

  private final CurrentCaller caller =
      new CurrentCaller() {
        @Override
        public Caller get() {
          return signedIn;
        }
      };

  private final AuditTrail auditTrail =
      new AuditTrail() {
        @Override
        public AuditEvent record(AuditEntry entry) {
          audited.add(entry);
          return null;
        }
      };

  private final PublishedStories publishedStories =
      new PublishedStories() {
        @Override
        public Optional<List<StoriesForReports.ReportStory>> in(ReportingPeriod period) {
          return storiesDeployed ? Optional.of(stories.publishedIn(period)) : Optional.empty();
        }

        @Override
        public Optional<List<StoriesForReports.WithdrawnStory>> withdrawnAfterPublication() {
          return storiesDeployed
              ? Optional.of(stories.withdrawnAfterPublication())
              : Optional.empty();
        }
      };

  private final IssuedReports issuedReports =
      new IssuedReports() {
        @Override
        public void add(IssuedReport report) {
          issued.add(report);
        }

        @Override
        public List<IssuedReport> carryingAnyOf(Collection<String> storyIds) {
          return issued.stream()
              .filter(report -> storyIds.stream().anyMatch(report::carried))
              .sorted(Comparator.comparing(IssuedReport::issuedAt).reversed())
              .toList();
        }
      };

  ComplaintReports reports() {
    return new ComplaintReports(
        new ComplaintsForReports() {
          @Override
          public List<ComplaintForReport> receivedBefore(ReportingPeriod period) {
            return complaints.stream().filter(c -> !c.receivedOn().isAfter(period.to())).toList();
          }

          @Override
          public List<ImprovementAction> improvementActionsIn(ReportingPeriod period) {
            return actions;
          }
        },
        new OmbudsmanFigures() {
          @Override
          public InPeriod of(ReportingPeriod period) {
            return new InPeriod(
                period.from(), period.to(), 1, Map.of(OmbudsmanDecision.NOT_UPHELD, 1L));
          }
        },
        publishedStories,
        issuedReports,
        new ReportDocuments(new PdfLetterRenderer()),
        ComplaintCodeSettings.read(CodeListReader.of(Map.of(), "app.complaints.codes.")),
        new Letterhead(
            "NHS Example Integrated Care Board",
            List.of("Example House"),
            "LU1 2LJ",
            "Telephone: 0300 000 0000",
            "Email: example.icb@nhs.net",
            "www.example-icb.nhs.uk"),
        auditTrail,
        caller,
        Clock.fixed(NOW, ZoneId.of("UTC")));
  }

  WithdrawnStoryReports withdrawnStoryReports() {
    return new WithdrawnStoryReports(publishedStories, issuedReports, auditTrail, caller);
  }

  static StoriesForReports.ReportStory story(String id, LocalDate publishedOn) {
    return new StoriesForReports.ReportStory(
        id,
        "[name] waited six weeks for a first home visit from the community nursing team.",
        "Referrals are now triaged on the day they arrive.",
        "The complaint was acknowledged in two days and answered by the date agreed.",
        publishedOn);
  }
}
