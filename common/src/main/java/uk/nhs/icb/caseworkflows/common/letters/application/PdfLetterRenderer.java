package uk.nhs.icb.caseworkflows.common.letters.application;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Turns a letter's XHTML into a tagged PDF/A-2a (PDF/UA) document: fonts embedded and subset, sRGB
 * output intent, title and language from the HTML, structure tags for screen readers. The fonts are
 * Liberation Sans (SIL Open Font License), read once from the classpath: never a system font looked
 * up at run time, so every server renders the same letter.
 */
@ApplicationScoped
public class PdfLetterRenderer {

  static {
    // The renderer reports every stylesheet and font it loads at INFO; keep its warnings only.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  static final String FONT_FAMILY = "Liberation Sans";
  private static final String PRODUCER = "ICB Case Workflows";

  private final byte[] regular = font("LiberationSans-Regular.ttf");
  private final byte[] bold = font("LiberationSans-Bold.ttf");
  private final byte[] italic = font("LiberationSans-Italic.ttf");
  private final byte[] boldItalic = font("LiberationSans-BoldItalic.ttf");
  private final byte[] sRgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  // Font metrics measured once and shared by every render (thread-safe), not re-read per letter.
  private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

  public byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    builder.usePdfUaAccessibility(true);
    builder.useColorProfile(sRgb);
    builder.withProducer(PRODUCER);
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
    builder.useFont(
        () -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.useFont(
        () -> new ByteArrayInputStream(italic), FONT_FAMILY, 400, FontStyle.ITALIC, true);
    builder.useFont(
        () -> new ByteArrayInputStream(boldItalic), FONT_FAMILY, 700, FontStyle.ITALIC, true);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException renderingFailed) {
      throw new UncheckedIOException(renderingFailed);
    }
    return pdf.toByteArray();
  }

  private static byte[] font(String file) {
    try (InputStream in =
        PdfLetterRenderer.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
