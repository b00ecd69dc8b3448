package uk.nhs.icb.caseworkflows.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** The letter checks of the escaping tests find what they are there to find. */
class LetterInspectionTest {

  @Test
  void aPlainLetterHasItsTextAndNothingThatCanAct() throws IOException {
    LetterInspection letter = LetterInspection.of(pdf(document -> {}));

    assertThat(letter.activeContent()).isEmpty();
    assertThat(letter.prints("<script>alert('x')</script> {{x}}")).isTrue();
    assertThat(letter.prints("<script>alert('y')</script>")).isFalse();
  }

  @Test
  void aLinkAJavaScriptOpenActionAndALaunchAreFound() throws IOException {
    LetterInspection letter =
        LetterInspection.of(
            pdf(
                document -> {
                  PDActionURI uri = new PDActionURI();
                  uri.setURI("javascript:alert(1)");
                  PDAnnotationLink link = new PDAnnotationLink();
                  link.setRectangle(new PDRectangle(50, 690, 200, 20));
                  link.setAction(uri);
                  try {
                    document.getPage(0).getAnnotations().add(link);
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                  document
                      .getDocumentCatalog()
                      .setOpenAction(new PDActionJavaScript("app.alert(1)"));
                  PDActionLaunch launch = new PDActionLaunch();
                  launch.setFile(null);
                  document.getDocumentCatalog().getCOSObject().setItem("Launcher", launch);
                }));

    assertThat(letter.activeContent())
        .contains(
            "annotation /Subtype /Link",
            "action /S /URI",
            "action /S /JavaScript",
            "action /S /Launch",
            "key /OpenAction",
            "key /JS",
            "key /URI");
  }

  private static byte[] pdf(Consumer<PDDocument> addition) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 700);
        content.showText("Dear <script>alert('x')</script> {{x}},");
        content.endText();
      }
      addition.accept(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
