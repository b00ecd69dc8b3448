package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument.hasClass;
import static uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument.lines;
import static uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument.number;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import uk.nhs.icb.caseworkflows.bpmn.diagram.CasePosition;
import uk.nhs.icb.caseworkflows.bpmn.diagram.ProcessDiagramRenderer;
import uk.nhs.icb.caseworkflows.bpmn.testing.SvgDocument;

/** The complaint model drawn from its diagram interchange, with a case at "Acknowledge". */
class ProcessDiagramRendererTest {

  static final String MODEL = "uk/nhs/icb/caseworkflows/complaints/process/complaint.bpmn";
  static final String TITLE =
      "Where complaint CMP-2026-000123 is in its process: at Acknowledge the complaint";
  static final CasePosition AT_ACKNOWLEDGE =
      new CasePosition(
          Set.of("acknowledge"),
          Set.of(
              "complaint-received", "made-in-time", "in-time-merge", "check-remit", "for-the-icb"));

  private final ProcessDiagramRenderer renderer = new ProcessDiagramRenderer();
  private BpmnModelInstance model;

  @BeforeEach
  void readModel() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MODEL)) {
      model = Bpmn.readModelFromStream(in);
    }
  }

  private SvgDocument render() {
    return SvgDocument.parse(renderer.render(model, AT_ACKNOWLEDGE, TITLE, "c-1"));
  }

  @Test
  void everyShapeOfTheDiagramIsDrawnAtItsPositionInTheModel() {
    SvgDocument svg = render();
    var shapes = model.getModelElementsByType(BpmnShape.class);
    assertThat(shapes).hasSizeGreaterThan(50);
    for (BpmnShape shape : shapes) {
      String id = shape.getBpmnElement().getId();
      Bounds b = shape.getBounds();
      Element outline = svg.outline(id);
      switch (outline.getTagName()) {
        case "rect" -> {
          assertThat(number(outline, "x")).as(id).isEqualTo(b.getX());
          assertThat(number(outline, "y")).as(id).isEqualTo(b.getY());
          assertThat(number(outline, "width")).as(id).isEqualTo(b.getWidth());
          assertThat(number(outline, "height")).as(id).isEqualTo(b.getHeight());
        }
        case "circle" -> {
          assertThat(number(outline, "cx")).as(id).isEqualTo(b.getX() + b.getWidth() / 2);
          assertThat(number(outline, "cy")).as(id).isEqualTo(b.getY() + b.getHeight() / 2);
          assertThat(number(outline, "r")).as(id).isEqualTo(b.getWidth() / 2);
        }
        case "polygon" -> {
          double cx = b.getX() + b.getWidth() / 2;
          double cy = b.getY() + b.getHeight() / 2;
          assertThat(points(outline.getAttribute("points")))
              .as(id)
              .containsExactly(
                  cx,
                  b.getY(),
                  b.getX() + b.getWidth(),
                  cy,
                  cx,
                  b.getY() + b.getHeight(),
                  b.getX(),
                  cy);
        }
        default -> throw new AssertionError(id + " drawn as " + outline.getTagName());
      }
    }
  }

  @Test
  void tasksAreRoundedRectanglesEventsCirclesAndGatewaysDiamonds() {
    SvgDocument svg = render();
    assertThat(svg.outline("acknowledge").getTagName()).isEqualTo("rect");
    assertThat(svg.outline("acknowledge").getAttribute("rx")).isEqualTo("10");
    assertThat(svg.outline("complaint-received").getTagName()).isEqualTo("circle");
    assertThat(svg.outline("for-the-icb").getTagName()).isEqualTo("polygon");
    assertThat(svg.outline("six-month-rule").getAttribute("stroke-dasharray"))
        .as("an event sub-process has a dotted frame")
        .isNotEmpty();
    assertThat(number(svg.outline("complaint-responded"), "stroke-width"))
        .as("an end event is thicker than a start event")
        .isGreaterThan(number(svg.outline("complaint-received"), "stroke-width"));
    assertThat(SvgDocument.children(svg.group("acknowledgement-overdue")).size())
        .as("a timer boundary event: two rings and a clock")
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void everyFlowFollowsItsWaypointsToAnArrowhead() {
    SvgDocument svg = render();
    String arrow =
        svg.root()
            .getElementsByTagName("marker")
            .item(0)
            .getAttributes()
            .getNamedItem("id")
            .getNodeValue();
    var edges = model.getModelElementsByType(BpmnEdge.class);
    assertThat(edges).hasSizeGreaterThan(50);
    for (BpmnEdge edge : edges) {
      String id = edge.getBpmnElement().getId();
      Element line = svg.outline(id);
      List<Double> expected = new ArrayList<>();
      for (Waypoint waypoint : edge.getWaypoints()) {
        expected.add(waypoint.getX());
        expected.add(waypoint.getY());
      }
      assertThat(line.getTagName()).isEqualTo("polyline");
      assertThat(points(line.getAttribute("points"))).as(id).isEqualTo(expected);
      assertThat(line.getAttribute("marker-end")).isEqualTo("url(#" + arrow + ")");
    }
  }

  @Test
  void theCurrentStepAndOnlyItIsHighlightedAndThePassedStepsShaded() {
    SvgDocument svg = render();

    assertThat(svg.elementsWithClass("is-current")).containsExactly("acknowledge");
    Element current = svg.outline("acknowledge");
    assertThat(current.getAttribute("stroke")).isEqualTo("#005eb8");
    assertThat(number(current, "stroke-width")).isEqualTo(4);
    assertThat(svg.all())
        .filteredOn(e -> "#005eb8".equals(e.getAttribute("stroke")))
        .containsExactly(current);

    assertThat(svg.elementsWithClass("is-passed"))
        .containsExactlyInAnyOrderElementsOf(AT_ACKNOWLEDGE.passed());
    assertThat(svg.outline("check-remit").getAttribute("fill"))
        .isNotEqualTo(svg.outline("agree-plan").getAttribute("fill"))
        .isNotEqualTo(current.getAttribute("fill"));
    assertThat(svg.group("check-remit").getElementsByTagName("path").getLength())
        .as("a passed task also has a tick, not only a shade")
        .isGreaterThan(svg.group("agree-plan").getElementsByTagName("path").getLength());
  }

  @Test
  void taskNamesAreInsideTheirTasksAndEventFlowAndGatewayNamesAtTheirLabelBounds() {
    SvgDocument svg = render();
    Element name =
        (Element) svg.group("send-anonymous-disclosure").getElementsByTagName("text").item(0);
    assertThat(lines(name)).isEqualTo("Send the disclosure notice without naming the complainant");
    assertThat(SvgDocument.children(name)).hasSizeGreaterThan(1);
    for (Element line : SvgDocument.children(name)) {
      double baseline = number(line, "y");
      assertThat(baseline).as("inside the task's box, y 60 to 140").isBetween(60.0, 140.0);
    }

    for (String labelled : List.of("in-time", "complaint-received", "for-the-icb")) {
      Bounds bounds = labelBounds(labelled);
      Element label = svg.label(labelled);
      assertThat(number(label, "x")).isCloseTo(bounds.getX() + bounds.getWidth() / 2, within(0.01));
      assertThat(number(label, "y")).isBetween(bounds.getY(), bounds.getY() + bounds.getHeight());
    }
    assertThat(lines(svg.label("in-time"))).isEqualTo("Yes");
    assertThat(lines(svg.label("complaint-received"))).isEqualTo("Complaint received");
  }

  @Test
  void everyNameInTheModelIsShown() {
    SvgDocument svg = render();
    List<String> texts =
        svg.all().stream()
            .filter(e -> e.getTagName().equals("text"))
            .map(SvgDocument::lines)
            .toList();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node.getName() != null) {
        assertThat(texts).as(node.getId()).contains(node.getName());
      }
    }
  }

  @Test
  void theViewBoxHoldsTheWholeModelWithAMarginAtItsNaturalSize() {
    SvgDocument svg = render();
    double[] view =
        Arrays.stream(svg.root().getAttribute("viewBox").split(" "))
            .mapToDouble(Double::parseDouble)
            .toArray();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      Bounds b = shape.getBounds();
      assertThat(b.getX()).isGreaterThanOrEqualTo(view[0] + 10);
      assertThat(b.getY()).isGreaterThanOrEqualTo(view[1] + 10);
      assertThat(b.getX() + b.getWidth()).isLessThanOrEqualTo(view[0] + view[2] - 10);
      assertThat(b.getY() + b.getHeight()).isLessThanOrEqualTo(view[1] + view[3] - 10);
    }
    assertThat(view[2]).as("the complaint process is wide").isGreaterThan(4500);
    assertThat(number(svg.root(), "width")).isEqualTo(view[2]);
    assertThat(number(svg.root(), "height")).isEqualTo(view[3]);
  }

  @Test
  void itIsOneAccessibleImageWithATitle() {
    SvgDocument svg = render();
    Element root = svg.root();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    Element title = SvgDocument.children(root).get(0);
    assertThat(title.getTagName()).isEqualTo("title");
    assertThat(title.getTextContent()).isEqualTo(TITLE);
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
    assertThat(title.getAttribute("id")).matches("[A-Za-z][A-Za-z0-9_-]*");
  }

  @Test
  void idsAreMadeSafeAndUniquePerCase() {
    String svg = renderer.render(model, AT_ACKNOWLEDGE, TITLE, "a\"b <c>");
    Element root = SvgDocument.parse(svg).root();
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("process-diagram-a-b--c--title");
  }

  @Test
  void everyTextIsEscaped() {
    String hostile = "<script>x</script> & \"Tom's\"";
    model.<UserTask>getModelElementById("acknowledge").setName(hostile);
    model.<FlowNode>getModelElementById("complaint-received").setName(hostile);
    String title = "Where complaint <b>&amp;</b> is";

    String raw = renderer.render(model, AT_ACKNOWLEDGE, title, "c-1");

    assertThat(raw).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;");
    SvgDocument svg = SvgDocument.parse(raw);
    assertThat(svg.root().getElementsByTagName("script").getLength()).isZero();
    assertThat(lines((Element) svg.group("acknowledge").getElementsByTagName("text").item(0)))
        .isEqualTo(hostile);
    assertThat(lines(svg.label("complaint-received"))).isEqualTo(hostile);
    assertThat(svg.root().getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
  }

  @Test
  void controlCharactersThatXmlCannotCarryAreDropped() {
    model.<UserTask>getModelElementById("acknowledge").setName("Acknowledge\u0007 it\u0000");
    SvgDocument svg = SvgDocument.parse(renderer.render(model, AT_ACKNOWLEDGE, TITLE, "c-1"));
    assertThat(lines((Element) svg.group("acknowledge").getElementsByTagName("text").item(0)))
        .isEqualTo("Acknowledge it");
  }

  @Test
  void thereIsNoInlineStyleForAContentSecurityPolicyToForbid() {
    String raw = renderer.render(model, AT_ACKNOWLEDGE, TITLE, "c-1");
    assertThat(raw).doesNotContain("style=").doesNotContain("<style");
    assertThat(SvgDocument.parse(raw).all())
        .noneMatch(e -> e.hasAttribute("style") || e.getTagName().equals("style"));
    assertThat(SvgDocument.parse(raw).all())
        .allMatch(e -> e.getAttributes().getNamedItem("onload") == null)
        .noneMatch(e -> e.getTagName().equals("script") || e.getTagName().equals("foreignObject"));
  }

  @Test
  void nothingIsHighlightedWhenTheCaseIsNowhere() {
    SvgDocument svg = SvgDocument.parse(renderer.render(model, CasePosition.none(), "A", "x"));
    assertThat(svg.elementsWithClass("is-current")).isEmpty();
    assertThat(svg.elementsWithClass("is-passed")).isEmpty();
    assertThat(svg.elementsWithClass("is-ahead")).hasSizeGreaterThan(50);
    assertThat(svg.all()).noneMatch(e -> hasClass(e, "done-tick"));
  }

  @Test
  void aModelWithoutADiagramIsRefused() {
    String withoutDiagram =
        "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "targetNamespace=\"urn:x\"><process id=\"bare\"><startEvent id=\"s\"/>"
            + "</process></definitions>";
    BpmnModelInstance bare =
        Bpmn.readModelFromStream(
            new java.io.ByteArrayInputStream(
                withoutDiagram.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(ProcessDiagramRenderer.canDraw(bare)).isFalse();
    assertThat(ProcessDiagramRenderer.canDraw(model)).isTrue();
    assertThatThrownBy(() -> renderer.render(bare, CasePosition.none(), "A", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Bounds labelBounds(String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals(elementId))
        .map(shape -> shape.getBpmnLabel().getBounds())
        .findFirst()
        .orElseGet(
            () ->
                model.getModelElementsByType(BpmnEdge.class).stream()
                    .filter(edge -> edge.getBpmnElement().getId().equals(elementId))
                    .map(edge -> edge.getBpmnLabel().getBounds())
                    .findFirst()
                    .orElseThrow());
  }

  private static List<Double> points(String points) {
    return Arrays.stream(points.trim().split("[ ,]+")).map(Double::valueOf).toList();
  }
}
