package uk.nhs.icb.caseworkflows.common.letters.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The size of a rendered letter's print, read back from the PDF as a reader would meet it: every
 * visible character's size in points. Large print means nothing under {@link #LARGE_PRINT_POINTS}
 * (RNIB's clear-print guidance starts large print at 16 pt), checked on every large-print letter
 * before it is stored.
 */
public final class PrintSize {

  public static final float LARGE_PRINT_POINTS = 16f;
  // Sizes come back as floats from the page's text matrix: 15.9999 is 16 pt.
  private static final float TOLERANCE = 0.01f;

  private PrintSize() {}

  /** The size of the smallest visible character, in points; 0 for a PDF without text. */
  public static float smallestPoints(byte[] pdf) {
    float[] smallest = {Float.MAX_VALUE};
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition position : positions) {
                if (!position.getUnicode().isBlank()) {
                  smallest[0] = Math.min(smallest[0], position.getFontSizeInPt());
                }
              }
            }
          };
      stripper.getText(document);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return smallest[0] == Float.MAX_VALUE ? 0 : smallest[0];
  }

  /** Whether every visible character is at least 16 pt. */
  public static boolean isLargePrint(byte[] pdf) {
    return smallestPoints(pdf) >= LARGE_PRINT_POINTS - TOLERANCE;
  }
}
