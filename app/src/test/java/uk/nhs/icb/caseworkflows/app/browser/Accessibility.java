package uk.nhs.icb.caseworkflows.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core on the page in the browser: WCAG 2.0, 2.1 and 2.2 A and AA, nothing serious. */
final class Accessibility {

  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

  private Accessibility() {}

  static void assertNoSeriousViolations(WebDriver driver, String page) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
    // An errored run has no violations to show: never let it pass as a page without any.
    assertThat(results.isErrored())
        .as("axe could not run on %s: %s", page, results.getErrorMessage())
        .isFalse();
    assertThat(results.getPasses()).as("axe checked nothing on %s", page).isNotEmpty();
    List<Rule> serious =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    assertThat(serious).as("axe on %s:%n%s", page, describe(serious)).isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getImpact()
                    + " "
                    + rule.getId()
                    + ": "
                    + rule.getHelp()
                    + "\n    "
                    + rule.getNodes().stream()
                        .map(node -> node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }
}
