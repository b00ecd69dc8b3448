package uk.nhs.icb.caseworkflows.common.letters.application;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;

/**
 * Puts a letter together: the template's body merged with the case's fields, inside the page shell
 * with the letterhead, address block, date, references and signature. Every value is escaped, so
 * text from users stays text. A placeholder whose field is missing stops the letter with a 400
 * naming the field, before anything is rendered or stored.
 */
@ApplicationScoped
public class LetterComposer {

  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final String SHELL = "uk/nhs/icb/caseworkflows/common/letters/letter-shell.html";
  private static final Set<String> STANDARD_FIELDS =
      Set.of(
          "title",
          "date",
          "reference",
          "nhsNumber",
          "recipient",
          "signatory",
          "icb",
          "closing",
          "body",
          "largePrint");

  private final Mustache.Compiler compiler =
      Mustache.compiler()
          .escapeHTML(true)
          .strictSections(false)
          // A field left blank on a form leaves its optional paragraph out, as a missing one does.
          .emptyStringIsFalse(true)
          .withFormatter(
              new Mustache.Formatter() {
                @Override
                public String format(Object value) {
                  return value instanceof LocalDate date
                      ? UK_DATE.format(date)
                      : String.valueOf(value);
                }
              });
  private final Template shell = compiler.compile(resource(SHELL));
  private final Map<String, Template> bodies = new ConcurrentHashMap<>();

  /** The letter as XHTML, ready to render. */
  public String compose(
      LetterTemplate template, LetterContent content, Letterhead letterhead, LocalDate date) {
    return compose(template, content, letterhead, date, false);
  }

  /**
   * The same letter set in large print (16 pt and more throughout, left-aligned, for a flat A4
   * envelope), for a recipient whose communication needs ask for it.
   */
  public String composeLargePrint(
      LetterTemplate template, LetterContent content, Letterhead letterhead, LocalDate date) {
    return compose(template, content, letterhead, date, true);
  }

  private String compose(
      LetterTemplate template,
      LetterContent content,
      Letterhead letterhead,
      LocalDate date,
      boolean largePrint) {
    Map<String, Object> model = new LinkedHashMap<>();
    content
        .fields()
        .forEach(
            (name, value) -> {
              if (STANDARD_FIELDS.contains(name)) {
                throw new InvalidInputException(
                    "fields." + name, "is filled in by the letter itself and cannot be given");
              }
              model.put(name, LetterText.clean("fields." + name, value));
            });
    model.put("title", template.title());
    model.put("date", date);
    model.put("reference", LetterText.text(content.reference()));
    if (content.nhsNumber() != null) {
      model.put("nhsNumber", content.nhsNumber().formatted());
    }
    model.put(
        "recipient",
        LetterText.clean(
            "recipient",
            Map.of(
                "name", content.recipient().name(),
                "addressLines", content.recipient().addressLines(),
                "postcode", content.recipient().postcode())));
    model.put(
        "signatory",
        LetterText.clean(
            "signatory",
            Map.of("name", content.signatory().name(), "role", content.signatory().role())));
    model.put(
        "icb",
        Map.of(
            "name", letterhead.name(),
            "addressLines", letterhead.addressLines(),
            "postcode", letterhead.postcode(),
            "telephone", letterhead.telephone(),
            "email", letterhead.email(),
            "website", letterhead.website()));
    model.put("closing", "Yours sincerely");
    model.put("body", merge(template, model));
    model.put("largePrint", largePrint);
    return shell.execute(model);
  }

  private String merge(LetterTemplate template, Map<String, Object> model) {
    Template body =
        bodies.computeIfAbsent(
            template.resource() + "@" + template.version(),
            key -> compiler.compile(template.body()));
    try {
      return body.execute(model);
    } catch (MustacheException.Context missing) {
      throw new InvalidInputException(
          "fields." + missing.key,
          "is needed by the letter '"
              + template.kind()
              + "' (line "
              + missing.lineNo
              + " of its template) and was not given");
    }
  }

  static String resource(String name) {
    try (InputStream in = LetterComposer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
