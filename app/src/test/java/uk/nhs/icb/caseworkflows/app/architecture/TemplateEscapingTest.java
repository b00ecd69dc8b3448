package uk.nhs.icb.caseworkflows.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page and letter template of every module prints values escaped. Mustache's unescaped forms
 * ({@code {{{x}}}} and {@code {{&x}}}) are allowed only on the short list below, each with the
 * reason the value is already safe markup; changing the delimiters ({@code {{=...=}}}) is not
 * allowed at all, since it would hide an unescaped tag from this check. The code that compiles the
 * templates must ask for escaping explicitly and never switch it off.
 */
class TemplateEscapingTest {

  /** Template (from the project root) and unescaped name, with why it is not data. */
  private static final Map<String, String> ALLOWED =
      Map.of(
          "common/src/main/resources/pages/common/layout.html {{{content}}}",
          "the page's own content template, rendered with escaping by PageRenderer just before",
          "complaints/src/main/resources/pages/complaints/case.html {{{svg}}}",
          "the process diagram drawn by bpmn.diagram.ProcessDiagramRenderer, which escapes every"
              + " text it writes (ProcessDiagramRendererTest)",
          "chc/src/main/resources/pages/chc/case.html {{{svg}}}",
          "the same process diagram, drawn for a CHC case by bpmn.diagram.ProcessDiagramRenderer",
          "ifr/src/main/resources/pages/ifr/case.html {{{svg}}}",
          "the same process diagram, of ifr.bpmn",
          "common/src/main/resources/uk/nhs/icb/caseworkflows/common/letters/letter-shell.html"
              + " {{{body}}}",
          "the letter's own template merged with escaping by LetterComposer just before",
          "complaints/src/main/resources/pages/complaint-reports/report.html {{{svg}}}",
          "a chart of published counts drawn by common.figures.web.BarChartSvg, which escapes every"
              + " text it writes (BarChartSvgTest)",
          "complaints/src/main/resources/uk/nhs/icb/caseworkflows/complaints/reports/application/"
              + "report-shell.html {{{body}}}",
          "the report's own template merged with escaping by ReportDocuments just before");

  private static final Pattern UNESCAPED =
      Pattern.compile("\\{\\{\\{\\s*[^}]*?\\s*}}}|\\{\\{&\\s*[^}]*?\\s*}}");
  private static final Pattern SET_DELIMITERS = Pattern.compile("\\{\\{\\s*=");

  private final Path root = projectRoot();

  @Test
  void onlyTheListedTemplatesPrintUnescapedAndOnlyTheirListedValues() {
    List<Path> templates = templates();
    assertThat(templates)
        .as("page templates found")
        .anyMatch(path -> path.toString().contains("/pages/complaints/"));
    assertThat(templates)
        .as("letter templates found")
        .anyMatch(path -> path.toString().endsWith("complaint-final-response.html"));

    Map<String, Integer> found = new TreeMap<>();
    List<String> delimiterChanges = new ArrayList<>();
    for (Path template : templates) {
      String relative = root.relativize(template).toString().replace('\\', '/');
      String source = read(template);
      Matcher unescaped = UNESCAPED.matcher(source);
      while (unescaped.find()) {
        String tag = unescaped.group().replaceAll("\\s+", "");
        found.merge(relative + " " + tag, 1, Integer::sum);
      }
      if (SET_DELIMITERS.matcher(source).find()) {
        delimiterChanges.add(relative);
      }
    }

    assertThat(delimiterChanges).as("templates that change Mustache's delimiters").isEmpty();
    assertThat(found.keySet())
        .as(
            "unescaped output ({{{x}}} or {{&x}}) outside the allow-list; print values with {{x}},"
                + " or add the template and value to ALLOWED with the reason it is not data")
        .isSubsetOf(ALLOWED.keySet());
    assertThat(found.keySet())
        .as("allow-list entries whose template no longer has them: remove them")
        .containsAll(ALLOWED.keySet());
    assertThat(found.values()).as("each allowed value printed once").containsOnly(1);
  }

  @Test
  void theCodeThatCompilesTemplatesAsksForEscapingAndNeverTurnsItOff() {
    List<Path> compilers = new ArrayList<>();
    for (Path source : javaSources()) {
      String code = read(source);
      String name = root.relativize(source).toString();
      assertThat(code)
          .as(name + " must not switch Mustache's HTML escaping off or replace its escaper")
          .doesNotContain("escapeHTML(false)")
          .doesNotContain("Escapers.NONE")
          .doesNotContain("withEscaper(");
      if (code.contains("Mustache.compiler()")) {
        compilers.add(source);
        assertThat(code).as(name + " compiles templates").contains(".escapeHTML(true)");
      }
    }
    assertThat(compilers)
        .extracting(path -> path.getFileName().toString())
        .as("the page and letter template compilers")
        .contains("PageTemplates.java", "LetterComposer.java");
  }

  private List<Path> templates() {
    return filesUnder("src/main/resources", ".html", ".mustache");
  }

  private List<Path> javaSources() {
    return filesUnder("src/main/java", ".java");
  }

  /** The files of every module (a folder of the root with a pom.xml) under {@code folder}. */
  private List<Path> filesUnder(String folder, String... endings) {
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> found = new ArrayList<>();
      for (Path module : modules.filter(m -> Files.exists(m.resolve("pom.xml"))).toList()) {
        Path base = module.resolve(folder);
        if (!Files.isDirectory(base)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(base)) {
          files
              .filter(Files::isRegularFile)
              .filter(path -> Stream.of(endings).anyMatch(path.toString()::endsWith))
              .forEach(found::add);
        }
      }
      return found.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The build runs this module's tests in {@code app/}; the modules are its siblings. */
  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("common")) ? here : here.getParent();
    assertThat(root.resolve("common/src/main/resources")).as("project root " + root).exists();
    return root;
  }
}
