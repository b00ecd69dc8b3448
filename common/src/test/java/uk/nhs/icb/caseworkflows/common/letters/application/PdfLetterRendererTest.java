package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;

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

class PdfLetterRendererTest {

  private static byte[] pdf;

  @BeforeAll
  static void renderOneLetter() {
    Map<String, Object> fields = LetterComposerTest.fields("Siân Ŵyn ap Rhys & <family>");
    fields.put("items", List.of("Ŷ ŵ ŷ Ẁ ẃ", "Diolch yn fawr"));
    LetterContent content =
        LetterComposerTest.content(
            NhsNumber.parse("9434765919"),
            new Recipient("Siân Ŵyn ap Rhys", List.of("Tŷ Gwyn", "Aberystwyth"), "SY23 1AA"),
            fields);
    String xhtml =
        new LetterComposer()
            .compose(
                LetterComposerTest.TEMPLATE,
                content,
                LetterComposerTest.LETTERHEAD,
                LetterComposerTest.DATE);
    pdf = new PdfLetterRenderer().render(xhtml);
  }

  @Test
  void theResultIsAPdf() {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void theTextOfTheLetterComesBackOutOfThePdfWelshCharactersIncluded() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);

      assertThat(text)
          .contains("Dear Siân Ŵyn ap Rhys & <family>,")
          .contains("Ŷ ŵ ŷ Ẁ ẃ")
          .contains("Tŷ Gwyn")
          .contains("Date: 23 November 2026")
          .contains("Our ref: CMP-2026-000123")
          .contains("NHS number: 943 476 5919")
          .contains("On 1 March 2027")
          .contains("Yours sincerely")
          .contains("NHS Example Integrated Care Board");
    }
  }

  @Test
  void thePdfIsTitledAfterTheTemplate() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("A test letter");
    }
  }
}
