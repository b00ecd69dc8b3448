package uk.nhs.icb.caseworkflows.app.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterExamples;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;

/**
 * What a reader (or a screen reader) gets from a long letter with awkward data: the parts in
 * reading order, every page numbered "Page n of m" from page two, a title and a language.
 */
class LetterLayoutTest {

  private final LetterTemplate template =
      LetterTemplateCatalogue.fromClassPath().current("probe-letter");
  private final LetterContent awkward = AwkwardLetters.of(LetterExamples.of(template));
  private final byte[] pdf = AllLetterTemplatesTest.render(template, awkward);

  @Test
  void theFirstPageReadsInLetterOrder() throws IOException {
    String firstPage = page(1).replaceAll("\\s+", " ");

    assertThat(firstPage)
        .containsSubsequence(
            "NHS Example Integrated Care Board",
            "Siân Ní Bhriain",
            "LL57 4FG",
            "Date: 23 November 2026",
            "Our ref: PRB-2026-000001",
            "NHS number: 943 476 5919",
            "About your probe case",
            "Dear Mr Hughes");
    assertThat(firstPage).doesNotContain("Page 1 of");
  }

  @Test
  void aLongLetterFlowsOntoNumberedPagesAndEndsWithTheSignature() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(3);
      for (int n = 2; n <= pages; n++) {
        assertThat(page(n)).contains("Page " + n + " of " + pages);
      }
      String last = page(pages).replaceAll("\\s+", " ");
      assertThat(last).containsSubsequence("Yours sincerely", "Priya Shah", "Complaints Manager");
      String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(all)
          .containsSubsequence(
              "the appointment was cancelled",
              AwkwardLetters.LAST_WORD,
              "Waiting time for transport");
    }
  }

  @Test
  void theDocumentHasATitleALanguageAndStructureTags() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Probe letter for the platform tests");
      assertThat(catalog.getLanguage()).isEqualTo("en-GB");
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
    }
  }

  private String page(int number) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(number);
      stripper.setEndPage(number);
      return stripper.getText(document);
    }
  }
}
