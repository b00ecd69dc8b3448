package uk.nhs.icb.caseworkflows.app.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterExamples;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;

/**
 * The control for every "veraPDF finds nothing" in the build: the same helper, given documents
 * broken on purpose, reports the rules they break. A real letter passes; the same letter with one
 * defect does not.
 */
class PdfAValidatorTest {

  private static byte[] letter;

  @BeforeAll
  static void aRealLetter() {
    LetterTemplate acknowledgement =
        AllLetterTemplatesTest.templates()
            .filter(template -> template.kind().equals("complaint-acknowledgement"))
            .findFirst()
            .orElseThrow();
    letter = AllLetterTemplatesTest.render(acknowledgement, LetterExamples.of(acknowledgement));
  }

  @Test
  void theLetterAsRenderedPasses() {
    assertThat(PdfAValidator.failedRules(letter, "2a")).isEmpty();
    assertThat(PdfAValidator.failedRules(letter, "ua1")).isEmpty();
  }

  @Test
  void theSameLetterWithoutItsXmpMetadataFails() throws IOException {
    byte[] broken = edited(letter, document -> document.getDocumentCatalog().setMetadata(null));

    List<String> failed = PdfAValidator.failedRules(broken, "2a");

    assertThat(ruleIds(failed)).containsExactly("6.6.2.1-1");
  }

  @Test
  void theSameLetterWithoutItsTagsFailsPdfA2aAndPdfUa1() throws IOException {
    byte[] broken =
        edited(
            letter,
            document -> {
              document.getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
              document.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
            });

    List<String> failedA = PdfAValidator.failedRules(broken, "2a");
    List<String> failedUa = PdfAValidator.failedRules(broken, "ua1");

    assertThat(ruleIds(failedA)).containsExactlyInAnyOrder("6.7.2.2-1", "6.7.3.3-1");
    assertThat(ruleIds(failedUa)).containsExactlyInAnyOrder("6.2-1", "7.1-11", "7.1-3");
  }

  @Test
  void aPlainPdfWithAnUnembeddedFontFails() throws IOException {
    byte[] plain;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 700);
        text.showText("Dear Ms Example, we have received your complaint.");
        text.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      plain = out.toByteArray();
    }

    List<String> failed = PdfAValidator.failedRules(plain, "2a");

    assertThat(ruleIds(failed))
        .as("font not embedded, no XMP metadata, untagged, device colour without an intent")
        .containsExactlyInAnyOrder(
            "6.2.11.4.1-1", "6.6.2.1-1", "6.7.2.2-1", "6.7.3.3-1", "6.2.4.3-4");
  }

  @Test
  void bytesThatAreNoPdfAreReportedAsUnreadable() {
    byte[] notAPdf = "Dear Ms Example,".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PdfAValidator.failedRules(notAPdf, "2a"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("veraPDF could not read the document");
  }

  /** "6.6.2.1-1: The Catalog dictionary ..." gives "6.6.2.1-1". */
  private static List<String> ruleIds(List<String> failed) {
    return failed.stream().map(rule -> rule.substring(0, rule.indexOf(':'))).toList();
  }

  private interface Edit {
    void apply(PDDocument document) throws IOException;
  }

  private static byte[] edited(byte[] pdf, Edit edit) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      edit.apply(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
