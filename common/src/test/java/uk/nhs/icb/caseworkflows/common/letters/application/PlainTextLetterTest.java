package uk.nhs.icb.caseworkflows.common.letters.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;

class PlainTextLetterTest {

  private static final LetterTemplate TEMPLATE =
      LetterTemplate.parse(
          "test/x.html",
          "<!--\n letter: x-test\n version: 4\n title: A test letter\n-->\n"
              + "<h1>Your complaint</h1>\n<p>Dear {{salutation}},</p>\n"
              + "<p>We   found <strong>two</strong> things:</p>\n"
              + "<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>\n"
              + "<ol><li>call us</li><li>write to us</li></ol>\n"
              + "<p class=\"free-text\">{{note}}</p>\n<p>On {{when}}</p>");

  private static String xhtml(Map<String, Object> fields) {
    LetterContent content = LetterComposerTest.content(fields);
    return new LetterComposer()
        .compose(TEMPLATE, content, LetterComposerTest.LETTERHEAD, LetterComposerTest.DATE);
  }

  private static Map<String, Object> fields() {
    Map<String, Object> fields = LetterComposerTest.fields("Ms Siân <Jones> & co");
    fields.put("note", "First line\nsecond line");
    return fields;
  }

  @Test
  void theCopyIsTheLetterLineByLineAndNothingElse() {
    String text = PlainTextLetter.of(xhtml(fields()));

    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "NHS Example Integrated Care Board",
                "Example House",
                "1 Example Street",
                "Luton",
                "LU1 2LJ",
                "Telephone: 0300 000 0000",
                "Email: example.icb@nhs.net",
                "",
                "Ms Siân Jones",
                "1 High Street",
                "Aberystwyth",
                "SY23 1AA",
                "",
                "Date: 23 November 2026",
                "Our ref: CMP-2026-000123",
                "",
                "Your complaint",
                "",
                "Dear Ms Siân <Jones> & co,",
                "",
                "We found two things:",
                "",
                "- first point",
                "- second point",
                "",
                "1. call us",
                "2. write to us",
                "",
                "First line",
                "second line",
                "",
                "On 1 March 2027",
                "",
                "Yours sincerely",
                "Dr Alex Morgan",
                "Head of Complaints",
                "NHS Example Integrated Care Board",
                ""));
  }

  @Test
  void theCopyHasTheWordsOfThePdfLetter() throws IOException {
    String xhtml = xhtml(fields());
    byte[] pdf = new PdfLetterRenderer().render(xhtml);

    // Compared as the same words, each as often, leaving out the list markers (the PDF draws its
    // numbers and bullets apart from the items' text).
    assertThat(wordsOf(PlainTextLetter.of(xhtml)))
        .containsExactlyInAnyOrderElementsOf(wordsOf(textInPositionOrder(pdf)));
  }

  private static String textInPositionOrder(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("Page \\d+ of \\d+", " ");
    }
  }

  private static List<String> wordsOf(String text) {
    return Arrays.stream(text.split("\\s+"))
        .filter(word -> !word.isEmpty() && !word.matches("-|•|\\d+\\."))
        .toList();
  }

  @Test
  void noMarkupStyleOrTitleFromTheHeadReachesTheCopy() {
    String text = PlainTextLetter.of(xhtml(fields()));

    assertThat(text).doesNotContain("{", "font-size", "&amp;", "&lt;", "A test letter", "Page ");
  }

  @Test
  void theStoredCopyIsUtf8() {
    byte[] bytes = PlainTextLetter.bytesOf(xhtml(fields()));

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Siân");
  }

  @Test
  void aLargePrintLetterGivesTheSameCopy() {
    Map<String, Object> fields = fields();
    String large =
        new LetterComposer()
            .composeLargePrint(
                TEMPLATE,
                LetterComposerTest.content(fields),
                LetterComposerTest.LETTERHEAD,
                LetterComposerTest.DATE);

    assertThat(PlainTextLetter.of(large)).isEqualTo(PlainTextLetter.of(xhtml(fields)));
    assertThat(List.of(PlainTextLetter.of(large))).doesNotContain("");
  }
}
