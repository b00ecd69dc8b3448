package uk.nhs.icb.caseworkflows.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Keeps every letter a container test downloads from the server (a PDF answer from an address with
 * a {@code letters} segment), so that {@link IssuedLettersArePdfAIT} can judge the letters the
 * server actually issued, not only those the unit tests render. Each distinct PDF is kept once, by
 * its SHA-256; {@code index.tsv} lists every download with where it came from.
 */
final class IssuedLetters {

  static final Path FOLDER =
      Path.of(System.getProperty("icb.issued-letters", "target/issued-letters"));

  private static final Pattern LETTER_ADDRESS = Pattern.compile("/letters/[^/?]+(/[^?]*)?$");

  private IssuedLetters() {}

  /** Keeps the answer if it is a letter's PDF; any other answer is left alone. */
  static void keepIfLetter(HttpResponse<?> response) {
    if (response.statusCode() != 200 || !(response.body() instanceof byte[] pdf)) {
      return;
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    String path = response.uri().getPath();
    if (!type.startsWith("application/pdf") || !LETTER_ADDRESS.matcher(path).find()) {
      return;
    }
    keep(path, pdf);
  }

  private static synchronized void keep(String path, byte[] pdf) {
    try {
      Files.createDirectories(FOLDER);
      String name = sha256(pdf) + ".pdf";
      Path file = FOLDER.resolve(name);
      if (!Files.exists(file)) {
        Files.write(file, pdf);
      }
      Files.writeString(
          FOLDER.resolve("index.tsv"),
          name + "\t" + path + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
