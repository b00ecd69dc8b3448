package uk.nhs.icb.caseworkflows.app.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterExamples;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.common.letters.application.PlainTextLetter;
import uk.nhs.icb.caseworkflows.common.letters.application.PrintSize;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;

/**
 * The large-print form of every letter template of the product, with its realistic example: still
 * PDF/A-2a and PDF/UA-1 by veraPDF, every character at 16 pt or more, and the same words as the
 * standard letter; and its plain-text copy holds the letter's words.
 */
class LargePrintLettersTest {

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();
  private static final LetterComposer COMPOSER = new LetterComposer();
  private static final PdfLetterRenderer RENDERER = new PdfLetterRenderer();

  static Stream<LetterTemplate> templates() {
    return CATALOGUE.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theLargePrintLetterIsPdfA2aAndPdfUa1AtSixteenPointsOrMore(LetterTemplate template)
      throws IOException {
    LetterContent example = LetterExamples.of(template);

    byte[] largePrint = passingLargePrint(template, example);

    byte[] standard = AllLetterTemplatesTest.render(template, example);
    assertThat(words(largePrint)).isEqualTo(words(standard));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void withAwkwardDataTheLargePrintLetterIsStillPdfA2aAndPdfUa1AndWhole(LetterTemplate template)
      throws IOException {
    LetterContent awkward = AwkwardLetters.of(LetterExamples.of(template));

    byte[] largePrint = passingLargePrint(template, awkward);

    assertThat(words(largePrint))
        .contains(AwkwardLetters.LONG_NAME.replaceAll("\\s+", ""))
        .contains("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void thePlainTextCopyHoldsTheLettersWords(LetterTemplate template) {
    LetterContent example = LetterExamples.of(template);

    String copy =
        PlainTextLetter.of(
            COMPOSER.compose(
                template, example, AllLetterTemplatesTest.LETTERHEAD, AllLetterTemplatesTest.DATE));

    assertThat(copy)
        .contains(example.recipient().name(), example.reference(), "23 November 2026")
        .contains("Yours sincerely", example.signatory().name())
        .doesNotContain("<", "{{", "font-size", "Page 1");
  }

  private static byte[] largePrint(LetterTemplate template, LetterContent content) {
    return RENDERER.render(
        COMPOSER.composeLargePrint(
            template, content, AllLetterTemplatesTest.LETTERHEAD, AllLetterTemplatesTest.DATE));
  }

  /** The letter in large print, once veraPDF and the print size have passed it. */
  private static byte[] passingLargePrint(LetterTemplate template, LetterContent content) {
    byte[] largePrint =
        RENDERER.render(
            COMPOSER.composeLargePrint(
                template, content, AllLetterTemplatesTest.LETTERHEAD, AllLetterTemplatesTest.DATE));
    assertThat(PdfAValidator.failedRules(largePrint, "2a")).as("PDF/A-2a").isEmpty();
    assertThat(PdfAValidator.failedRules(largePrint, "ua1")).as("PDF/UA-1").isEmpty();
    assertThat(PrintSize.smallestPoints(largePrint)).isGreaterThanOrEqualTo(15.99f);
    return largePrint;
  }

  /**
   * The letter's characters in reading order without the page numbers, the numbers of ordered lists
   * (drawn apart from their items, so placed differently on other pages) and white space (a line
   * may wrap elsewhere, after a full stop in an email address, say).
   */
  private static String words(byte[] pdf) throws IOException {
    return AllLetterTemplatesTest.text(pdf)
        .replaceAll("Page \\d+ of \\d+", " ")
        .replaceAll("(?<=\\s|^)\\d+\\.(?=\\s|$)", " ")
        .replaceAll("\\s+", "");
  }
}
