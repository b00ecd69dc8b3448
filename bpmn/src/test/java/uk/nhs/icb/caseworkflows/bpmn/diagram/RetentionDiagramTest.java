package uk.nhs.icb.caseworkflows.bpmn.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument.number;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument;

/**
 * The renderer on the model bpmn itself ships, the retention of a closed record, with a record at
 * its review: every shape and flow drawn where the model puts it, and only the review highlighted.
 * The complaint model's richer drawing (boundary timers, label placement, escaping) is tested in
 * complaints, beside that model.
 */
class RetentionDiagramTest {

  private static final String MODEL = "uk/nhs/icb/caseworkflows/bpmn/models/retention.bpmn";
  private static final CasePosition AT_REVIEW =
      new CasePosition(Set.of("review-retention"), Set.of("record-closed", "retention-ends"));

  private BpmnModelInstance model;
  private SvgDocument svg;

  @BeforeEach
  void render() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MODEL)) {
      model = Bpmn.readModelFromStream(in);
    }
    svg =
        SvgDocument.parse(
            new ProcessDiagramRenderer()
                .render(model, AT_REVIEW, "Where record CMP-2016-000142 is", "c-1"));
  }

  @Test
  void tasksEventsAndGatewaysAreDrawnInTheirBoundsAsTheirOwnShapes() {
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      String id = shape.getBpmnElement().getId();
      Bounds b = shape.getBounds();
      Element outline = svg.outline(id);
      String expected =
          switch (shape.getBpmnElement().getElementType().getTypeName()) {
            case "userTask" -> "rect";
            case "exclusiveGateway" -> "polygon";
            default -> "circle";
          };
      assertThat(outline.getTagName()).as(id).isEqualTo(expected);
      if (expected.equals("rect")) {
        assertThat(number(outline, "x")).as(id).isEqualTo(b.getX());
        assertThat(number(outline, "width")).as(id).isEqualTo(b.getWidth());
      } else if (expected.equals("circle")) {
        assertThat(number(outline, "cx")).as(id).isEqualTo(b.getX() + b.getWidth() / 2);
        assertThat(number(outline, "r")).as(id).isEqualTo(b.getWidth() / 2);
      }
    }
  }

  @Test
  void everyFlowFollowsItsWaypoints() {
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      String id = edge.getBpmnElement().getId();
      List<Double> expected =
          edge.getWaypoints().stream()
              .flatMap(point -> List.of(point.getX(), point.getY()).stream())
              .toList();
      Element line = svg.outline(id);
      assertThat(line.getTagName()).as(id).isEqualTo("polyline");
      assertThat(
              Arrays.stream(line.getAttribute("points").trim().split("[ ,]+"))
                  .map(Double::valueOf)
                  .toList())
          .as(id)
          .isEqualTo(expected);
    }
  }

  @Test
  void onlyTheReviewIsCurrentAndTheStepsBeforeItPassed() {
    assertThat(svg.elementsWithClass("is-current")).containsExactly("review-retention");
    assertThat(svg.elementsWithClass("is-passed"))
        .containsExactlyInAnyOrder("record-closed", "retention-ends");
  }
}
