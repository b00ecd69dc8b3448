package uk.nhs.icb.caseworkflows.bpmn.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width. SVG text does not wrap by itself, so the widths are
 * estimated on the server from Arial's advance widths (Liberation Sans, the NHS fallback font, has
 * the same metrics), which is the font the diagram asks for.
 */
final class TextLayout {

  /** Lines of text at one font size. */
  record Block(List<String> lines, double fontSize) {

    double lineHeight() {
      return Math.ceil(fontSize * 1.2);
    }

    double height() {
      return lines.size() * lineHeight();
    }

    /** Where the first line's baseline goes when the block's top is at {@code top}. */
    double firstBaseline(double top) {
      return top + fontSize * 0.95;
    }
  }

  // Arial advance widths in thousandths of an em, for ' ' (32) to '~' (126).
  private static final int[] ARIAL = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p to ~
  };
  private static final int OTHER = 600;
  private static final double BOLD = 1.08;

  private TextLayout() {}

  static double width(String text, double fontSize, boolean bold) {
    double thousandths =
        text.codePoints().mapToDouble(c -> c >= 32 && c <= 126 ? ARIAL[c - 32] : OTHER).sum();
    return thousandths / 1000 * fontSize * (bold ? BOLD : 1);
  }

  /**
   * The largest of {@code sizes} (tried in order) at which the text fits the box without splitting
   * a word; the last one if none does, so a very long name still shows, overflowing rather than
   * vanishing.
   */
  static Block fit(String text, double maxWidth, double maxHeight, boolean bold, double... sizes) {
    Block block = null;
    for (double size : sizes) {
      block = new Block(wrap(text, maxWidth, size, bold), size);
      if (block.height() <= maxHeight && longestWord(text, size, bold) <= maxWidth) {
        return block;
      }
    }
    return block;
  }

  /** A word split across lines is hard to read, so a smaller size is tried first. */
  private static double longestWord(String text, double fontSize, boolean bold) {
    return java.util.Arrays.stream(text.split("\\s+"))
        .mapToDouble(word -> width(word, fontSize, bold))
        .max()
        .orElse(0);
  }

  /** Greedy word wrap; the name's own line breaks are kept, a word too long is split. */
  static List<String> wrap(String text, double maxWidth, double fontSize, boolean bold) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\s*\\R\\s*")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, fontSize, bold) <= maxWidth) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, fontSize, bold) > maxWidth && rest.length() > 1) {
          int cut = longestPrefixFitting(rest, maxWidth, fontSize, bold);
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  private static int longestPrefixFitting(
      String word, double maxWidth, double fontSize, boolean bold) {
    int cut = 1;
    while (cut < word.length() && width(word.substring(0, cut + 1), fontSize, bold) <= maxWidth) {
      cut++;
    }
    // Never split a surrogate pair.
    if (Character.isHighSurrogate(word.charAt(cut - 1)) && cut < word.length()) {
      cut++;
    }
    return cut;
  }
}
