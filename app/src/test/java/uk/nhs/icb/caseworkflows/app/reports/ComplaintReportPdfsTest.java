package uk.nhs.icb.caseworkflows.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.app.letters.PdfAValidator;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;
import uk.nhs.icb.caseworkflows.complaints.domain.OmbudsmanDecision;
import uk.nhs.icb.caseworkflows.complaints.reports.application.GoverningBodyReport;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ReportDocuments;
import uk.nhs.icb.caseworkflows.complaints.reports.application.ReportModel;
import uk.nhs.icb.caseworkflows.complaints.reports.application.StoriesForReports.ReportStory;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.AnnualComplaintsReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.CodeLabels;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ComplaintForReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.GoverningBodyFigures;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.ImprovementAction;

/**
 * The governing body's report and the annual complaints report as PDFs, judged by veraPDF as
 * PDF/A-2a and PDF/UA-1 (zero failed rules): over several pages, with charts (vector boxes with
 * their text alternatives), tables, stories, actions, markup in a story printed as text, and no
 * link or action anywhere.
 */
class ComplaintReportPdfsTest {

  private static final ReportingPeriod YEAR = ReportingPeriod.financialYear(2025);
  private static final ReportDocuments DOCUMENTS = new ReportDocuments(new PdfLetterRenderer());
  private static byte[] governingBody;
  private static byte[] annual;

  @BeforeAll
  static void render() {
    CodeLabels subjects =
        labels("COMMUNICATIONS", "Communications", "WAITING_TIMES", "Waiting times & access");
    CodeLabels areas = labels("MENTAL_HEALTH", "Mental health", "COMMUNITY", "Community services");
    GoverningBodyFigures.OmbudsmanCounts ombudsman =
        new GoverningBodyFigures.OmbudsmanCounts(3, Map.of(OmbudsmanDecision.PARTLY_UPHELD, 1L));
    List<ComplaintForReport> complaints = complaints();
    List<ReportStory> stories = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      stories.add(
          new ReportStory(
              "story-" + i,
              "[name] waited six weeks for a first home visit <script>alert(1)</script> at [address].",
              "Referrals are now triaged on the day they arrive; the team has two more nurses.\n"
                  + "A <a href=\"https://example.org\">leaflet</a> explains what to expect.",
              "Acknowledged in two working days and answered by the date agreed.",
              LocalDate.of(2025, 4 + i, 10)));
    }
    GoverningBodyReport report =
        new GoverningBodyReport(
            GoverningBodyFigures.of(
                YEAR, LocalDate.of(2026, 5, 1), complaints, subjects, areas, ombudsman),
            Optional.of(stories));
    governingBody =
        DOCUMENTS.governingBodyReport(
            ReportModel.of(report), "NHS Example Integrated Care Board", LocalDate.of(2026, 5, 1));
    List<ImprovementAction> actions = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      actions.add(
          new ImprovementAction(
              "Community nursing referrals triaged on the day of receipt, step " + i,
              i == 0,
              LocalDate.of(2026, 6, 30),
              i < 4 ? LocalDate.of(2025, 12, 1) : null));
    }
    annual =
        DOCUMENTS.annualReport(
            ReportModel.of(
                AnnualComplaintsReport.of(
                    YEAR,
                    LocalDate.of(2026, 5, 1),
                    complaints,
                    subjects,
                    areas,
                    ombudsman,
                    actions)),
            "NHS Example Integrated Care Board",
            LocalDate.of(2026, 5, 1));
  }

  /** 0, 1, 7, 8, 12 and 13 complaints in six months of the year, most of them answered. */
  private static List<ComplaintForReport> complaints() {
    int[] perMonth = {0, 1, 7, 8, 12, 13};
    List<ComplaintForReport> complaints = new ArrayList<>();
    for (int month = 0; month < perMonth.length; month++) {
      LocalDate received = LocalDate.of(2025, 4 + month, 6);
      for (int i = 0; i < perMonth[month]; i++) {
        complaints.add(
            new ComplaintForReport(
                received,
                received.plusDays(3),
                received.plusDays(i % 5 == 0 ? 5 : 1),
                received.plusDays(35),
                received.plusDays(i % 4 == 0 ? 40 : 30),
                received.plusDays(i % 4 == 0 ? 40 : 30),
                i % 3 == 0 ? IssueOutcome.NOT_UPHELD : IssueOutcome.UPHELD,
                List.of(i % 2 == 0 ? "COMMUNICATIONS" : "WAITING_TIMES"),
                List.of(i % 2 == 0 ? "MENTAL_HEALTH" : "COMMUNITY")));
      }
    }
    return complaints;
  }

  @Test
  void theGoverningBodysReportIsPdfA2a() {
    assertThat(PdfAValidator.failedRules(governingBody, "2a")).isEmpty();
  }

  @Test
  void theGoverningBodysReportIsPdfUa1() {
    assertThat(PdfAValidator.failedRules(governingBody, "ua1")).isEmpty();
  }

  @Test
  void theAnnualReportIsPdfA2a() {
    assertThat(PdfAValidator.failedRules(annual, "2a")).isEmpty();
  }

  @Test
  void theAnnualReportIsPdfUa1() {
    assertThat(PdfAValidator.failedRules(annual, "ua1")).isEmpty();
  }

  @Test
  void theReportPrintsPublishedFiguresChartsWithTextAlternativesAndStoriesAsText()
      throws IOException {
    String text = text(governingBody);
    assertThat(text)
        .contains(
            "Text alternative: Complaints received per month. April 2025: 0; May 2025: *; June"
                + " 2025: *; July 2025: 10; August 2025: 10; September 2025: 15;")
        .contains("Complaints received: 40") // 41
        .contains("<script>alert(1)</script>")
        .contains("Story 3, published on 10 July 2025")
        .doesNotContain("story-1");
    assertThat(links(governingBody)).isZero();
  }

  @Test
  void theAnnualReportPrintsTheRegulation18Contents() throws IOException {
    String text = text(annual);
    assertThat(text)
        .contains("Complaints received 40")
        .contains("decided were well-founded")
        .contains("referred to the Parliamentary and Health Service Ombudsman *")
        .contains("Subject matter")
        .contains("Waiting times & access")
        .contains("Matters of general importance")
        .contains("Action taken or to be taken to improve services")
        .contains("step 8")
        .contains("Recommended by the Ombudsman");
    assertThat(links(annual)).isZero();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static int links(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int links = 0;
      for (var page : document.getPages()) {
        links += page.getAnnotations().size();
      }
      return links;
    }
  }

  private static CodeLabels labels(String... codesAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return new CodeLabels(labels);
  }
}
