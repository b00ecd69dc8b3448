package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessHarness.CASE_ID;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.ACKNOWLEDGE;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.AGREE_PLAN;
import static uk.nhs.icb.caseworkflows.complaints.process.model.ComplaintProcessTest.CHECK_REMIT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagram;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagrams;
import uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument;

/** The picture of a complaint follows the case through its process on the engine. */
class ComplaintDiagramTest {

  static final String REFERENCE = "CMP-2026-000123";

  private ComplaintProcessHarness complaint;
  private ProcessDiagrams diagrams;

  @BeforeEach
  void startEngine() {
    complaint = new ComplaintProcessHarness();
    diagrams = new ProcessDiagrams(complaint.engine);
  }

  @AfterEach
  void closeEngine() {
    complaint.close();
  }

  @Test
  void theHighlightedStepMovesOnAsATaskIsCompleted() throws Exception {
    complaint.receive();

    ProcessDiagram received = diagrams.ofCase(CASE_ID).orElseThrow();
    assertThat(received.currentSteps()).containsExactly(CHECK_REMIT);
    assertThat(received.finished()).isFalse();
    assertThat(SvgDocument.parse(received.svg()).elementsWithClass("is-current"))
        .containsExactly("check-remit");

    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));

    ProcessDiagram atAcknowledge = diagrams.ofCase(CASE_ID).orElseThrow();
    assertThat(atAcknowledge.currentSteps()).containsExactly(ACKNOWLEDGE);
    assertThat(atAcknowledge.summary())
        .isEqualTo(
            "Where complaint " + REFERENCE + " is in its process: at Acknowledge the complaint");
    SvgDocument svg = SvgDocument.parse(atAcknowledge.svg());
    assertThat(svg.elementsWithClass("is-current")).containsExactly("acknowledge");
    assertThat(svg.elementsWithClass("is-passed"))
        .containsExactlyInAnyOrder(
            "complaint-received", "made-in-time", "in-time-merge", "check-remit", "for-the-icb");
    assertThat(svg.root().getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo(atAcknowledge.summary());

    saveForALook("complaint-diagram-example.svg", atAcknowledge);
  }

  /** Leaves the picture in target/ for a person to open in a browser. */
  private static void saveForALook(String name, ProcessDiagram diagram) throws Exception {
    Path example = Path.of("target", name);
    Files.createDirectories(example.getParent());
    Files.writeString(example, diagram.svg(), StandardCharsets.UTF_8);
  }

  @Test
  void aCaseFurtherOnShowsEveryStepItPassedIncludingTheLettersSent() {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", true));
    complaint.complete(ACKNOWLEDGE, Map.of("consentComplete", true));

    ProcessDiagram atPlan = diagrams.ofCase(CASE_ID).orElseThrow();

    assertThat(atPlan.currentSteps()).containsExactly(AGREE_PLAN);
    assertThat(SvgDocument.parse(atPlan.svg()).elementsWithClass("is-passed"))
        .contains("acknowledge", "send-acknowledgement", "consent-complete", "consent-merge")
        .doesNotContain("agree-plan", "send-consent-form", "record-consent");
  }

  @Test
  void aFinishedCaseShowsTheEndItReachedAndNoCurrentStep() throws Exception {
    complaint.receive();
    complaint.complete(CHECK_REMIT, Map.of("withinRemit", false));
    assertThat(complaint.isRunning()).isFalse();

    ProcessDiagram closed = diagrams.ofCase(CASE_ID).orElseThrow();

    assertThat(closed.finished()).isTrue();
    assertThat(closed.currentSteps()).isEmpty();
    assertThat(closed.finishedAt()).isEqualTo("Closed: not for the ICB");
    assertThat(closed.summary())
        .isEqualTo(
            "Where complaint "
                + REFERENCE
                + " is in its process: finished at Closed: not for the ICB");
    SvgDocument svg = SvgDocument.parse(closed.svg());
    assertThat(svg.elementsWithClass("is-current")).containsExactly("closed-outside-remit");
    assertThat(svg.elementsWithClass("is-passed"))
        .contains("check-remit", "send-outside-remit-letter", "close-outside-remit")
        .doesNotContain("acknowledge");
    saveForALook("complaint-diagram-finished-example.svg", closed);
  }

  @Test
  void aCaseWithoutAProcessHasNoPicture() {
    complaint.receive();

    assertThat(diagrams.ofCase("no-such-case")).isEmpty();
  }
}
