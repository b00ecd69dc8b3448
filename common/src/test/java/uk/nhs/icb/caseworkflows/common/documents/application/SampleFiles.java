package uk.nhs.icb.caseworkflows.common.documents.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real files of each kind, made in the test rather than checked in. */
public final class SampleFiles {

  private SampleFiles() {}

  public static byte[] pdf() {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 720);
        text.showText("Call log, 3 March 2026");
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpeg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(0, 94, 184));
    graphics.fillRect(5, 5, 30, 20);
    graphics.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] html() {
    return ascii(
        "<!DOCTYPE html>\n<html><head><title>Report</title></head>"
            + "<body><script>fetch('/api/complaints')</script></body></html>\n");
  }

  public static byte[] svg() {
    return ascii(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>");
  }

  public static byte[] text() {
    return ascii("Notes of the call with the practice manager on 3 March.\nNothing else.\n");
  }

  /** The start of a Windows executable: "MZ", the DOS stub, then the PE header it points to. */
  public static byte[] windowsExecutable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    byte[] stub = ascii("This program cannot be run in DOS mode.");
    System.arraycopy(stub, 0, exe, 0x4e, stub.length);
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  /** The start of a Linux executable (ELF, 64-bit, little-endian, executable). */
  public static byte[] elfExecutable() {
    byte[] elf = new byte[256];
    byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(header, 0, elf, 0, header.length);
    elf[16] = 2;
    elf[18] = 0x3e;
    return elf;
  }

  public static byte[] zip() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("report.pdf"));
      zip.write(pdf());
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
