package uk.nhs.icb.caseworkflows.complaints.reports.application;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;

/**
 * The reports as documents: a template of this package merged with a {@link ReportModel} (every
 * value escaped) inside the report shell, and rendered as tagged PDF/A-2a (PDF/UA-1) by the
 * letters' renderer, with the same embedded fonts. Charts are drawn with the page's own boxes, so
 * they are vector shapes, and each is followed by its text alternative and its table.
 */
@ApplicationScoped
public class ReportDocuments {

  static final String GOVERNING_BODY = "governing-body-report.html";
  static final String ANNUAL = "annual-complaints-report.html";
  private static final String SHELL = "report-shell.html";

  private final Mustache.Compiler compiler =
      Mustache.compiler().escapeHTML(true).strictSections(false).emptyStringIsFalse(true);
  private final Template shell = compiler.compile(resource(SHELL));
  private final Template governingBody = compiler.compile(resource(GOVERNING_BODY));
  private final Template annual = compiler.compile(resource(ANNUAL));
  private final PdfLetterRenderer renderer;

  @Inject
  public ReportDocuments(PdfLetterRenderer renderer) {
    this.renderer = renderer;
  }

  protected ReportDocuments() {
    this.renderer = null;
  }

  public byte[] governingBodyReport(
      Map<String, Object> model, String organisation, LocalDate issuedOn) {
    return renderer.render(
        xhtml(
            governingBody,
            "Complaints report to the governing body: " + model.get("period"),
            model,
            organisation,
            issuedOn));
  }

  public byte[] annualReport(Map<String, Object> model, String organisation, LocalDate issuedOn) {
    return renderer.render(
        xhtml(
            annual,
            "Annual complaints report " + model.get("period"),
            model,
            organisation,
            issuedOn));
  }

  String xhtml(
      Template body,
      String title,
      Map<String, Object> model,
      String organisation,
      LocalDate issuedOn) {
    Map<String, Object> values = new LinkedHashMap<>(model);
    values.put("title", title);
    values.put("organisation", organisation);
    values.put("issuedOn", ReportModel.day(issuedOn));
    values.put("body", body.execute(values));
    return shell.execute(values);
  }

  private static String resource(String name) {
    try (InputStream in = ReportDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
