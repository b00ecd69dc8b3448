package uk.nhs.icb.caseworkflows.bpmn.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG markup with every attribute value and every text escaped, so nothing taken from a
 * model (a step's name, a case reference) can become markup. Attributes are given as name, value
 * pairs.
 */
final class SvgWriter {

  private final StringBuilder out = new StringBuilder(64 * 1024);

  SvgWriter open(String element, String... attributes) {
    start(element, attributes);
    out.append('>');
    return this;
  }

  SvgWriter empty(String element, String... attributes) {
    start(element, attributes);
    out.append("/>");
    return this;
  }

  SvgWriter text(String text) {
    out.append(escape(text));
    return this;
  }

  SvgWriter close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  /** An element with text content only. */
  SvgWriter textElement(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close(element);
  }

  private void start(String element, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name, value pairs");
    }
    out.append('<').append(element);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
  }

  /**
   * Escapes for XML (and so for HTML, where the SVG is embedded), dropping the control characters
   * XML 1.0 cannot carry at all.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                  if (isCarriedByXml(c)) {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }

  private static boolean isCarriedByXml(int c) {
    boolean surrogate = c >= 0xd800 && c <= 0xdfff;
    return c == '\t'
        || c == '\n'
        || c >= 0x20 && c != 0x7f && !surrogate && c != 0xfffe && c != 0xffff;
  }

  /** A coordinate: whole numbers without a decimal point, others to two places. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
