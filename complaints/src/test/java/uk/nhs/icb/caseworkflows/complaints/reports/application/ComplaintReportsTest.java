package uk.nhs.icb.caseworkflows.complaints.reports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ComplaintForReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ImprovementAction;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReport;

/**
 * The governing body's reports as use cases: who may read them, what is audited (the period, never
 * a story's text), the period's stories through the port only, each PDF recorded as issued with the
 * stories it carried, and the IG officer's list of issued reports carrying a withdrawn story.
 */
class ComplaintReportsTest {

  private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);

  private static ReportFakes withComplaints() {
    ReportFakes fakes = new ReportFakes();
    LocalDate may = LocalDate.of(2026, 5, 5);
    for (int i = 0; i < 9; i++) {
      fakes.complaints.add(
          new ComplaintForReport(
              may,
              may.plusDays(3),
              may.plusDays(1),
              may.plusDays(30),
              may.plusDays(29),
              may.plusDays(29),
              IssueOutcome.UPHELD,
              List.of("COMMUNICATIONS"),
              List.of()));
    }
    fakes.stories.published.add(ReportFakes.story("story-may", LocalDate.of(2026, 5, 20)));
    fakes.stories.published.add(ReportFakes.story("story-july", LocalDate.of(2026, 7, 2)));
    return fakes;
  }

  @Test
  void theGoverningBodySeesThePeriodsFiguresAndOnlyThePeriodsStoriesAndTheViewingIsAudited() {
    ReportFakes fakes = withComplaints();
    GoverningBodyReport report = fakes.reports().view(Q1);

    assertThat(report.figures().received().shown()).isEqualTo("10");
    assertThat(report.storyIds()).containsExactly("story-may");
    assertThat(fakes.audited)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("GOVERNING_BODY_REPORT_VIEWED");
              assertThat(entry.caseId()).isNull();
              assertThat(entry.detail()).isEqualTo("Q1 2026/27; stories 1");
            });
    assertThat(fakes.issued).as("viewing the page issues nothing").isEmpty();
  }

  @Test
  void anyoneButTheGoverningBodyAndTheComplaintsManagerIsRefusedAndNothingIsAudited() {
    ReportFakes fakes = withComplaints();
    for (String role :
        List.of("complaints-handler", "ig-officer", "caldicott-guardian", "chc-panel")) {
      fakes.signedIn = new Caller("someone", Set.of(role));
      assertThatThrownBy(() -> fakes.reports().view(Q1)).isInstanceOf(ForbiddenProblem.class);
      assertThatThrownBy(() -> fakes.reports().issueGoverningBodyReport(Q1))
          .isInstanceOf(ForbiddenProblem.class);
      assertThatThrownBy(
              () -> fakes.reports().issueAnnualReport(ReportingPeriod.financialYear(2025)))
          .isInstanceOf(ForbiddenProblem.class);
    }
    assertThat(fakes.audited).isEmpty();
    assertThat(fakes.issued).isEmpty();
    fakes.signedIn = new Caller("manager", Set.of("complaints-manager"));
    assertThat(fakes.reports().view(Q1).figures().received().shown()).isEqualTo("10");
  }

  @Test
  void thePdfIsRecordedAsIssuedWithTheStoriesItCarriedAndPrintsThem() throws IOException {
    ReportFakes fakes = withComplaints();
    ComplaintReports.IssuedDocument document = fakes.reports().issueGoverningBodyReport(Q1);

    assertThat(document.fileName()).isEqualTo("complaints-report-2026-04-01-to-2026-06-30.pdf");
    assertThat(fakes.issued)
        .singleElement()
        .satisfies(
            issued -> {
              assertThat(issued.kind()).isEqualTo(IssuedReport.Kind.GOVERNING_BODY);
              assertThat(issued.period()).isEqualTo(Q1);
              assertThat(issued.storyIds()).containsExactly("story-may");
              assertThat(issued.issuedBy()).isEqualTo("board.member");
              assertThat(issued.issuedAt()).isEqualTo(ReportFakes.NOW);
            });
    assertThat(fakes.audited)
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "GOVERNING_BODY_REPORT_ISSUED", "Q1 2026/27; stories 1"));
    String text = text(document.pdf());
    assertThat(text)
        .contains("Complaints received per month")
        .contains("Text alternative: Complaints received per month. April 2026: 0; May 2026: 10;")
        .contains("waited six weeks for a first home visit")
        .contains("Referrals are now triaged on the day they arrive.")
        .doesNotContain("story-may");
  }

  @Test
  void withoutTheStoriesAreaTheReportSaysStoriesAreNotAvailableAndCarriesNone() throws IOException {
    ReportFakes fakes = withComplaints();
    fakes.storiesDeployed = false;
    ComplaintReports.IssuedDocument document = fakes.reports().issueGoverningBodyReport(Q1);
    assertThat(text(document.pdf())).contains("Service-user stories are not available");
    assertThat(fakes.issued.get(0).storyIds()).isEmpty();
  }

  @Test
  void theAnnualReportPrintsTheNumbersAndTheActionsAndIsRecorded() throws IOException {
    ReportFakes fakes = withComplaints();
    for (int i = 0; i < 8; i++) {
      fakes.actions.add(
          new ImprovementAction(
              "Triage every referral on the day it arrives (" + i + ")",
              i == 0,
              LocalDate.of(2026, 9, 30),
              i < 3 ? LocalDate.of(2026, 6, 1) : null));
    }
    ComplaintReports.IssuedDocument document =
        fakes.reports().issueAnnualReport(ReportingPeriod.financialYear(2026));

    assertThat(document.fileName())
        .isEqualTo("annual-complaints-report-2026-04-01-to-2027-03-31.pdf");
    String text = text(document.pdf());
    assertThat(text)
        .contains("Complaints received")
        .contains("Triage every referral on the day it arrives (7)")
        .contains("Recommended by the Ombudsman")
        .contains("To be done by September 2026")
        .contains("Done in June 2026");
    assertThat(fakes.issued)
        .singleElement()
        .satisfies(issued -> assertThat(issued.kind()).isEqualTo(IssuedReport.Kind.ANNUAL));
    assertThat(fakes.audited)
        .extracting(AuditEntry::action)
        .containsExactly("ANNUAL_COMPLAINTS_REPORT_ISSUED");
  }

  @Test
  void theIgOfficerSeesTheIssuedReportsThatCarriedAStoryWithdrawnLater() {
    ReportFakes fakes = withComplaints();
    fakes.reports().issueGoverningBodyReport(Q1);
    fakes.reports().issueGoverningBodyReport(ReportingPeriod.quarter(2026, 2));
    fakes.stories.withdrawn.add(
        new StoriesForReports.WithdrawnStory("story-may", Instant.parse("2026-07-20T09:00:00Z")));
    fakes.stories.withdrawn.add(
        new StoriesForReports.WithdrawnStory(
            "never-issued", Instant.parse("2026-07-21T09:00:00Z")));
    fakes.signedIn = new Caller("ig", Set.of("ig-officer"));
    fakes.audited.clear();

    List<WithdrawnStoryReports.Recall> recalls =
        fakes.withdrawnStoryReports().recalls().orElseThrow();

    assertThat(recalls)
        .singleElement()
        .satisfies(
            recall -> {
              assertThat(recall.storyId()).isEqualTo("story-may");
              assertThat(recall.period()).isEqualTo("Q1 2026/27");
              assertThat(recall.issuedBy()).isEqualTo("board.member");
            });
    assertThat(fakes.audited)
        .extracting(AuditEntry::action)
        .containsExactly("WITHDRAWN_STORY_REPORTS_VIEWED");

    fakes.signedIn = new Caller("board.member", Set.of("governing-body"));
    assertThatThrownBy(() -> fakes.withdrawnStoryReports().recalls())
        .isInstanceOf(ForbiddenProblem.class);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
