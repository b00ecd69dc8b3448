package uk.nhs.icb.caseworkflows.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files for the upload tests, made here rather than checked in; none holds real personal data. */
public final class SampleDocuments {

  static final int TEN_MIB = 10 * 1024 * 1024;

  private SampleDocuments() {}

  /** A one-page PDF whose text says {@code line}. */
  public static byte[] pdf(String line) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 720);
        text.showText(line);
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF padded with zeros after its end to exactly {@code size} bytes. */
  static byte[] pdfOfSize(int size) {
    return Arrays.copyOf(pdf("Padded"), size);
  }

  /** A web page with a script: what must never be stored as a "PDF". */
  public static byte[] html() {
    return ("<!DOCTYPE html>\n<html><head><title>Report</title></head>"
            + "<body><script>fetch('/api/complaints')</script></body></html>\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
