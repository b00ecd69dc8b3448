package uk.nhs.icb.caseworkflows.common.web.pages;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page templates: Mustache files under {@code pages/} on the classpath, so each module keeps its
 * own pages in {@code src/main/resources/pages/<module>/}. {@code {{value}}} is HTML-escaped; a
 * missing value is an error (a typo shows at once), a null one prints nothing. Partials are named
 * the same way: {@code {{> common/error-summary}}}. Compiled templates are kept.
 */
public final class PageTemplates {

  private static final String ROOT = "pages/";
  private final ClassLoader classLoader;
  private final Mustache.Compiler compiler;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();

  public PageTemplates(ClassLoader classLoader) {
    this.classLoader = classLoader;
    this.compiler =
        Mustache.compiler().escapeHTML(true).nullValue("").withLoader(name -> reader(name));
  }

  public String render(String name, Object model) {
    return compiled.computeIfAbsent(name, n -> compiler.compile(source(n))).execute(model);
  }

  private Reader reader(String name) {
    return new StringReader(source(name));
  }

  private String source(String name) {
    if (name.contains("..") || name.startsWith("/")) {
      throw new IllegalArgumentException("template name " + name);
    }
    String path = ROOT + name + ".html";
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no page template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
