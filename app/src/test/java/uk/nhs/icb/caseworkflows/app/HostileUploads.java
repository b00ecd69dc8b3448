package uk.nhs.icb.caseworkflows.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Generated uploads from a seeded random, so a failure can be replayed: real PDF, PNG and JPEG
 * files, cut short or not; random bytes; the signatures of types that must be refused (web pages,
 * SVG, scripts, archives, executables, office files, other images) with random bytes after them;
 * empty bodies. Each with a name from a list of awkward ones and a declared type that may say
 * anything, sometimes without a declared length.
 */
final class HostileUploads {

  /** One upload as it will be sent. */
  record Upload(String name, String contentType, byte[] body, boolean chunked, String what) {}

  static final List<String> REFUSED_SIGNATURES =
      List.of(
          "PK\u0003\u0004",
          "\u007fELF\u0002\u0001\u0001",
          "MZ\u0090\u0000",
          "GIF89a",
          "<svg xmlns=\"http://www.w3.org/2000/svg\">",
          "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">",
          "<!DOCTYPE html><html><script>alert(1)</script>",
          "<html><body onload=alert(1)>",
          "\u00ef\u00bb\u00bf<html>",
          "%!PS-Adobe-3.0",
          "{\\rtf1\\ansi",
          "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1",
          "#!/bin/sh\nrm -rf /\n",
          "<script>alert(1)</script>",
          "{\"kind\":\"DOCUMENT\"}",
          "BM6\u0000\u0000\u0000",
          "II*\u0000",
          "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ",
          "\u0000\u0000\u0000\u0018ftypheic",
          "\u001f\u008b\u0008\u0000",
          "7z\u00bc\u00af\u0027\u001c",
          "Rar!\u001a\u0007\u0000");

  static final List<String> NAMES =
      List.of(
          "evidence.pdf",
          "scan.png",
          "photo.jpg",
          "Llythyr Siân – ymateb.pdf",
          "😀 report.pdf",
          "invoice\u202Efdp.exe",
          "a\u0000b.pdf",
          "../../../../etc/passwd",
          "C:\\Users\\me\\scan.pdf",
          "x".repeat(300),
          "",
          "   ",
          "CON",
          ".pdf",
          "line\r\nbreak.pdf",
          "<script>alert(1)</script>.pdf",
          "report.pdf.exe",
          "%00.pdf");

  static final List<String> DECLARED_TYPES =
      Arrays.asList(
          null,
          "application/pdf",
          "image/png",
          "image/jpeg",
          "text/html",
          "image/svg+xml",
          "application/json",
          "application/octet-stream",
          "text/plain; charset=utf-8",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/x-msdownload");

  private final Random random;
  private final byte[] pdf = SampleDocuments.pdf("Hostile upload");
  private final byte[] png = image("png");
  private final byte[] jpeg = image("jpeg");

  HostileUploads(long seed) {
    this.random = new Random(seed);
  }

  List<Upload> sample(int count) {
    List<Upload> uploads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      uploads.add(next());
    }
    return uploads;
  }

  private Upload next() {
    String name = pick(NAMES);
    String type = pick(DECLARED_TYPES);
    boolean chunked = random.nextInt(10) == 0;
    byte[] body;
    String what;
    switch (random.nextInt(7)) {
      case 0 -> {
        body = pick(List.of(pdf, png, jpeg));
        what = "a real file";
      }
      case 1 -> {
        byte[] real = pick(List.of(pdf, png, jpeg));
        body = Arrays.copyOf(real, 8 + random.nextInt(real.length - 8));
        what = "a real file cut short";
      }
      case 2 -> {
        body = new byte[random.nextInt(70_000)];
        random.nextBytes(body);
        what = "random bytes";
      }
      case 3, 4 -> {
        String signature = pick(REFUSED_SIGNATURES);
        byte[] head = signature.getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = new byte[random.nextInt(4_000)];
        random.nextBytes(tail);
        body = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, body, head.length, tail.length);
        what = "a refused type: " + signature.replaceAll("\\p{Cntrl}", "?");
      }
      case 5 -> {
        body =
            ("Plain notes of a phone call. " + "%PDF-1.4 ".repeat(random.nextInt(3)))
                .getBytes(StandardCharsets.UTF_8);
        what = "text, perhaps mentioning %PDF-1.4";
      }
      default -> {
        body = new byte[0];
        what = "an empty body";
      }
    }
    return new Upload(
        name, type, body, chunked, what + ", named " + name.length() + " chars, declared " + type);
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
