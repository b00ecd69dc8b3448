package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.Recipient;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * The large-print form of a letter: every character at 16 pt or more, read back from the PDF, and
 * the same words as the standard letter (only the page numbers differ, as there are more pages).
 */
class LargePrintLetterTest {

  private static byte[] standard;
  private static byte[] largePrint;

  @BeforeAll
  static void renderBothForms() {
    Map<String, Object> fields = LetterComposerTest.fields("Ms Siân Jones");
    fields.put(
        "items",
        List.of(
            "a first point long enough to wrap over more than one line at sixteen points, so the"
                + " large print has more lines and pages than the standard letter",
            "Diolch yn fawr"));
    LetterContent content =
        LetterComposerTest.content(
            NhsNumber.parse("9434765919"),
            new Recipient("Ms Siân Jones", List.of("1 High Street", "Aberystwyth"), "SY23 1AA"),
            fields);
    LetterComposer composer = new LetterComposer();
    PdfLetterRenderer renderer = new PdfLetterRenderer();
    standard =
        renderer.render(
            composer.compose(
                LetterComposerTest.TEMPLATE,
                content,
                LetterComposerTest.LETTERHEAD,
                LetterComposerTest.DATE));
    largePrint =
        renderer.render(
            composer.composeLargePrint(
                LetterComposerTest.TEMPLATE,
                content,
                LetterComposerTest.LETTERHEAD,
                LetterComposerTest.DATE));
  }

  @Test
  void everyCharacterOfTheLargePrintLetterIsAtLeast16Points() {
    assertThat(PrintSize.smallestPoints(largePrint)).isGreaterThanOrEqualTo(15.99f);
    assertThat(PrintSize.isLargePrint(largePrint)).isTrue();
  }

  @Test
  void theMeasureFindsTheStandardLettersSmallPrint() {
    // The page numbers are 9 pt and the body 11 pt: the measure is not blind to small print.
    assertThat(PrintSize.smallestPoints(standard)).isBetween(8.9f, 9.1f);
    assertThat(PrintSize.isLargePrint(standard)).isFalse();
  }

  @Test
  void theLargePrintLetterSaysWordForWordWhatTheStandardOneSays() throws IOException {
    String large = words(largePrint);

    assertThat(large).isEqualTo(words(standard));
    assertThat(large)
        .contains("Dear Ms Siân Jones,", "NHS number: 943 476 5919", "Our ref: CMP-2026-000123");
  }

  @Test
  void theLargePrintLetterIsStillTitledAndTaggedForScreenReaders() throws IOException {
    try (PDDocument document = Loader.loadPDF(largePrint)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("A test letter");
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  /** The letter's words in reading order, without the page numbers of its footer. */
  static String words(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replaceAll("Page \\d+ of \\d+", " ")
          .replaceAll("\\s+", " ")
          .strip();
    }
  }
}
