package uk.nhs.icb.caseworkflows.common.figures.web;

import java.util.List;
import java.util.Locale;
import uk.nhs.icb.caseworkflows.common.figures.domain.PublishedCount;

/**
 * A bar chart of published counts as SVG (vector in a page, and in a PDF that draws SVG), with its
 * text alternative inside it ({@code role="img"}, a {@code title} and a {@code desc} that reads out
 * every bar) so a screen reader gets what a sighted reader sees. Only published counts are drawn: a
 * suppressed one ({@code *}) has no bar and is labelled {@code *}, so its size cannot be read off
 * the picture. The table behind the chart is the caller's to show beside it.
 */
public final class BarChartSvg {

  /** One bar: its label (a month, "Acknowledged in time") and its published count. */
  public record Bar(String label, PublishedCount count) {}

  private static final int BAR_WIDTH = 40;
  private static final int GAP = 16;
  private static final int HEIGHT = 200;
  private static final int MARGIN = 30;

  private BarChartSvg() {}

  /** The chart; {@code id} makes its title and description ids unique on the page. */
  public static String of(String id, String title, List<Bar> bars) {
    long highest =
        bars.stream()
            .filter(bar -> !bar.count().isSuppressed())
            .mapToLong(bar -> Long.parseLong(bar.count().shown()))
            .max()
            .orElse(0);
    int width = MARGIN * 2 + bars.size() * (BAR_WIDTH + GAP);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.UK,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">",
            width,
            HEIGHT + MARGIN * 2,
            width,
            HEIGHT + MARGIN * 2,
            escape(id),
            escape(id)));
    svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title));
    svg.append("</title><desc id=\"").append(escape(id)).append("-desc\">");
    svg.append(escape(description(bars))).append("</desc>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int x = MARGIN + i * (BAR_WIDTH + GAP);
      int barHeight =
          bar.count().isSuppressed() || highest == 0
              ? 0
              : (int) Math.round((double) Long.parseLong(bar.count().shown()) / highest * HEIGHT);
      int top = MARGIN + HEIGHT - barHeight;
      if (barHeight > 0) {
        svg.append(
            String.format(
                Locale.UK,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#005eb8\"/>",
                x,
                top,
                BAR_WIDTH,
                barHeight));
      }
      svg.append(text(x + BAR_WIDTH / 2, top - 4, bar.count().shown()));
      svg.append(text(x + BAR_WIDTH / 2, MARGIN + HEIGHT + 16, bar.label()));
    }
    return svg.append("</svg>").toString();
  }

  /** "January: 15; February: *; March: 0." */
  static String description(List<Bar> bars) {
    StringBuilder text = new StringBuilder();
    for (Bar bar : bars) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(bar.label())
          .append(": ")
          .append(bar.count().shown());
    }
    return text.append('.').toString();
  }

  private static String text(int x, int y, String words) {
    return String.format(
        Locale.UK,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>",
        x,
        y,
        escape(words));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
