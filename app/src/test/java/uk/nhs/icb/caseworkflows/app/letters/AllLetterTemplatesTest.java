package uk.nhs.icb.caseworkflows.app.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.icb.caseworkflows.app.LetterInspection;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterExamples;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;

/**
 * Every letter template of the product, from every module, rendered with its realistic example and
 * with awkward data, and judged by veraPDF as PDF/A-2a and PDF/UA-1: zero failed rules. Markup in
 * every field (a script, a {@code javascript:} link, an image with an error handler) prints as
 * text, and no letter holds a link, script or any other action.
 */
class AllLetterTemplatesTest {

  static final Letterhead LETTERHEAD =
      new Letterhead(
          "NHS Example Integrated Care Board",
          List.of("Example House", "1 Example Street", "Luton"),
          "LU1 2LJ",
          "Telephone: 0300 000 0000",
          "Email: example.icb@nhs.net",
          "www.example-icb.nhs.uk");
  static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  private static final LetterTemplateCatalogue CATALOGUE = LetterTemplateCatalogue.fromClassPath();
  private static final LetterComposer COMPOSER = new LetterComposer();
  private static final PdfLetterRenderer RENDERER = new PdfLetterRenderer();

  static Stream<LetterTemplate> templates() {
    return CATALOGUE.all().stream();
  }

  static byte[] render(LetterTemplate template, LetterContent content) {
    return RENDERER.render(COMPOSER.compose(template, content, LETTERHEAD, DATE));
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @org.junit.jupiter.api.Test
  void everyLetterTheWorkflowsSendHasATemplate() {
    assertThat(CATALOGUE.all())
        .extracting(LetterTemplate::kind)
        .contains(
            "complaint-acknowledgement",
            "complaint-consent-form",
            "complaint-disclosure-notice",
            "complaint-identity-needed",
            "complaint-holding-letter",
            "complaint-final-response",
            "complaint-outside-remit",
            "complaint-standing-refused",
            "complaint-consent-declined",
            "complaint-transferred",
            "complaint-transfer-notice",
            "complaint-joint-handling",
            "complaint-clock-stopped",
            "complaint-clock-restarted",
            "complaint-response-date-changed",
            "complaint-withdrawal-received",
            "complaint-plan-confirmed",
            "complaint-identity-reminder",
            "complaint-closed-no-reply",
            "complaint-consent-withdrawn",
            "complaint-consent-withdrawal-stops",
            "complaint-consent-withdrawal-noted",
            "chc-checklist-outcome",
            "chc-eligibility-decision",
            "chc-care-package",
            "chc-review",
            "ifr-acknowledgement",
            "ifr-request-for-information",
            "ifr-decision",
            "subject-access-response",
            "retention-destruction-certificate");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void withItsExampleTheLetterIsPdfA2aAndPdfUa1(LetterTemplate template) throws IOException {
    LetterContent example = LetterExamples.of(template);

    byte[] pdf = render(template, example);

    assertThat(PdfAValidator.failedRules(pdf, "2a")).as("PDF/A-2a").isEmpty();
    assertThat(PdfAValidator.failedRules(pdf, "ua1")).as("PDF/UA-1").isEmpty();
    String text = text(pdf);
    assertThat(text).contains(example.recipient().name(), example.reference(), "23 November 2026");
    if (example.nhsNumber() != null) {
      assertThat(text).contains(example.nhsNumber().formatted());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void withAwkwardDataNothingIsLostBrokenOrInjected(LetterTemplate template) throws IOException {
    LetterContent awkward = AwkwardLetters.of(LetterExamples.of(template));

    byte[] pdf = render(template, awkward);

    assertThat(PdfAValidator.failedRules(pdf, "2a")).as("PDF/A-2a").isEmpty();
    assertThat(PdfAValidator.failedRules(pdf, "ua1")).as("PDF/UA-1").isEmpty();
    String joined = text(pdf).replaceAll("\\s+", "");
    assertThat(joined).contains(AwkwardLetters.LONG_NAME.replaceAll("\\s+", ""));
    assertThat(joined).contains("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch");
    if (!awkward.fields().isEmpty()) {
      assertThat(joined)
          .as("markup stays text")
          .contains("<b>notbold</b>&<script>", "<ahref=\"javascript:alert('x')\">alink</a><img");
    }
    assertThat(LetterInspection.of(pdf).activeContent())
        .as("nothing typed becomes a link, script or other action in the PDF")
        .isEmpty();
    assertThat(joined).doesNotContain("\u0007");
  }
}
