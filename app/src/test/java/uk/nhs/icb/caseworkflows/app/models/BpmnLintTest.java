package uk.nhs.icb.caseworkflows.app.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The BPMN lint the build runs (app/pom.xml, execution {@code bpmn-lint}, rules in {@code
 * app/.bpmnlintrc}) refuses what it should: the deliberately broken fixture fails on both rule
 * sets, bpmnlint's recommended ones and camunda-compat's Camunda 7.24 ones, and every shipped model
 * passes. Runs the same CLI as the build, from the node_modules that {@code npm ci} put in app/
 * during generate-resources.
 */
class BpmnLintTest {

  private static final Path APP = Path.of("").toAbsolutePath();
  private static final Path FIXTURE = APP.resolve("src/test/bpmnlint/broken-model.bpmn");

  @Test
  void theBrokenFixtureFailsOnTheRecommendedAndTheCamundaRules() throws Exception {
    Linted linted = lint(FIXTURE.toString());

    assertThat(linted.exitCode()).isEqualTo(1);
    assertThat(linted.output())
        .contains("label-required")
        .contains("end-event-required")
        .contains("no-complex-gateway")
        .contains("camunda-compat/history-time-to-live");
  }

  @Test
  void everyShippedModelPasses() throws Exception {
    List<Path> models;
    try (Stream<Path> modules = Files.list(APP.getParent())) {
      models =
          modules
              .map(module -> module.resolve("src/main/resources"))
              .filter(Files::isDirectory)
              .flatMap(BpmnLintTest::bpmnFilesUnder)
              .toList();
    }
    assertThat(models)
        .extracting(model -> model.getFileName().toString())
        .contains("complaint.bpmn", "retention.bpmn");

    for (Path model : models) {
      Linted linted = lint(model.toString());
      assertThat(linted.exitCode()).as(linted.output()).isZero();
    }
  }

  private static Stream<Path> bpmnFilesUnder(Path resources) {
    try (Stream<Path> files = Files.walk(resources)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).toList().stream();
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private record Linted(int exitCode, String output) {}

  private static Linted lint(String model) throws Exception {
    Process linter =
        new ProcessBuilder("node", "node_modules/bpmnlint/bin/bpmnlint.js", model)
            .directory(APP.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(linter.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(linter.waitFor(60, TimeUnit.SECONDS)).as("bpmnlint finished").isTrue();
    return new Linted(linter.exitValue(), output);
  }
}
