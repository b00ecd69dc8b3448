package uk.nhs.icb.caseworkflows.bpmn.diagram;

import static uk.nhs.icb.caseworkflows.bpmn.diagram.SvgWriter.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model as one SVG element, from the model's own diagram interchange (DI): every shape
 * at its bounds, every flow along its waypoints, names of events, gateways and flows at their label
 * bounds. A pure function of the model and the case's position, with no engine.
 *
 * <p>The SVG is drawn at its natural size (one model unit to one pixel, plus a margin) so that a
 * wide process stays legible; a page puts it in a horizontally scrolling container. It has {@code
 * role="img"} and a title for assistive technology, and no {@code style} attribute or element, so
 * it fits a Content-Security-Policy without inline styles. Every text is escaped.
 */
public final class ProcessDiagramRenderer {

  static final double MARGIN = 20;
  static final String FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";
  private static final double LABEL_SIZE = 11;
  private static final double DEFAULT_LABEL_WIDTH = 100;

  /**
   * The diagram of {@code model} with {@code position} highlighted. {@code title} is what a screen
   * reader announces; {@code idPrefix} keeps the SVG's element ids unique on the page.
   *
   * @throws IllegalArgumentException if the model has no diagram to draw
   */
  public String render(
      BpmnModelInstance model, CasePosition position, String title, String idPrefix) {
    BpmnPlane plane = planeOf(model);
    List<BpmnShape> shapes = new ArrayList<>();
    List<BpmnEdge> edges = new ArrayList<>();
    for (DiagramElement element : plane.getDiagramElements()) {
      if (element instanceof BpmnShape shape && shape.getBounds() != null) {
        shapes.add(shape);
      } else if (element instanceof BpmnEdge edge && !edge.getWaypoints().isEmpty()) {
        edges.add(edge);
      }
    }
    List<Label> labels = new ArrayList<>();
    shapes.forEach(shape -> labelOf(shape).ifPresent(labels::add));
    edges.forEach(edge -> labelOf(edge).ifPresent(labels::add));

    String prefix = "process-diagram-" + idPrefix.replaceAll("[^A-Za-z0-9_-]", "-");
    String arrow = prefix + "-arrow";
    Box view = extent(shapes, edges, labels);
    SvgWriter svg = new SvgWriter();
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "class",
        "process-diagram",
        "viewBox",
        String.join(
            " ", number(view.x()), number(view.y()), number(view.width()), number(view.height())),
        "width",
        number(view.width()),
        "height",
        number(view.height()),
        "role",
        "img",
        "aria-labelledby",
        prefix + "-title",
        "font-family",
        FONT);
    svg.textElement("title", title, "id", prefix + "-title");
    arrowMarker(svg, arrow);

    ShapePainter painter = new ShapePainter(svg);
    for (BpmnShape shape : shapes) {
      if (isContainer(shape)) {
        shape(svg, painter, shape, position);
      }
    }
    svg.open("g", "class", "bpmn-flows");
    edges.forEach(edge -> edge(svg, edge, arrow));
    svg.close("g");
    for (BpmnShape shape : shapes) {
      if (!isContainer(shape) && !(shape.getBpmnElement() instanceof Event)) {
        shape(svg, painter, shape, position);
      }
    }
    // Events last among shapes: a boundary event sits on its task's border.
    for (BpmnShape shape : shapes) {
      if (shape.getBpmnElement() instanceof Event) {
        shape(svg, painter, shape, position);
      }
    }
    svg.open("g", "class", "bpmn-labels");
    for (Label label : labels) {
      svg.open("g", "data-bpmn-label-for", label.elementId());
      painter.text(
          label.block(), label.box().centreX(), label.box().y(), "middle", "bpmn-label", false);
      svg.close("g");
    }
    svg.close("g");
    return svg.close("svg").toString();
  }

  /** Whether the model has a diagram to draw; models made in a modeller always have. */
  public static boolean canDraw(BpmnModelInstance model) {
    return model.getDefinitions().getBpmDiagrams().stream()
        .anyMatch(diagram -> diagram.getBpmnPlane() != null);
  }

  private static BpmnPlane planeOf(BpmnModelInstance model) {
    return model.getDefinitions().getBpmDiagrams().stream()
        .map(BpmnDiagram::getBpmnPlane)
        .filter(plane -> plane != null)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The model has no diagram to draw"));
  }

  private static boolean isContainer(BpmnShape shape) {
    BaseElement element = shape.getBpmnElement();
    return element instanceof SubProcess && shape.isExpanded()
        || !(element instanceof Activity || element instanceof Event || element instanceof Gateway);
  }

  private static void shape(
      SvgWriter svg, ShapePainter painter, BpmnShape shape, CasePosition position) {
    BaseElement element = shape.getBpmnElement();
    String id = element == null ? shape.getId() : element.getId();
    StepState state = position.stateOf(id);
    Box box = Box.of(shape.getBounds());
    svg.open(
        "g",
        "class",
        "bpmn-shape " + kindOf(shape) + " " + state.cssClass,
        "data-bpmn-element",
        id);
    if (element instanceof SubProcess subProcess && shape.isExpanded()) {
      painter.container(box, subProcess.getName(), subProcess.triggeredByEvent(), state);
    } else if (element instanceof Activity activity) {
      painter.activity(box, activity, state);
    } else if (element instanceof Event event) {
      painter.event(box, event, state);
    } else if (element instanceof Gateway gateway) {
      painter.gateway(box, gateway, shape.isMarkerVisible(), state);
    } else {
      painter.frame(box, element == null ? null : ShapePainter.nameOf(element), state);
    }
    svg.close("g");
  }

  private static String kindOf(BpmnShape shape) {
    BaseElement element = shape.getBpmnElement();
    if (element == null) {
      return "bpmn-other";
    }
    return "bpmn-" + element.getElementType().getTypeName();
  }

  private static void edge(SvgWriter svg, BpmnEdge edge, String arrow) {
    BaseElement element = edge.getBpmnElement();
    String id = element == null ? edge.getId() : element.getId();
    StringBuilder points = new StringBuilder();
    for (Waypoint waypoint : edge.getWaypoints()) {
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(ShapePainter.point(waypoint.getX(), waypoint.getY()));
    }
    boolean association = element instanceof Association;
    svg.open(
        "g",
        "class",
        "bpmn-edge bpmn-" + (element == null ? "other" : element.getElementType().getTypeName()),
        "data-bpmn-element",
        id);
    svg.empty(
        "polyline",
        "class",
        "outline",
        "points",
        points.toString(),
        "fill",
        "none",
        "stroke",
        StepState.FLOW,
        "stroke-width",
        "1.5",
        "stroke-linejoin",
        "round",
        "stroke-dasharray",
        association ? "2 3" : element instanceof MessageFlow ? "6 4" : null,
        "marker-end",
        association ? null : "url(#" + arrow + ")");
    svg.close("g");
  }

  private static void arrowMarker(SvgWriter svg, String id) {
    svg.open("defs");
    svg.open(
        "marker",
        "id",
        id,
        "viewBox",
        "0 0 10 10",
        "refX",
        "10",
        "refY",
        "5",
        "markerWidth",
        "11",
        "markerHeight",
        "11",
        "markerUnits",
        "userSpaceOnUse",
        "orient",
        "auto");
    svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", StepState.FLOW);
    svg.close("marker");
    svg.close("defs");
  }

  /** A name drawn outside its shape: of an event, a gateway or a flow. */
  private record Label(String elementId, Box box, TextLayout.Block block) {}

  private static Optional<Label> labelOf(BpmnShape shape) {
    BaseElement element = shape.getBpmnElement();
    if (!(element instanceof Event || element instanceof Gateway)) {
      return Optional.empty();
    }
    Box bounds = Box.of(shape.getBounds());
    Box fallback =
        new Box(
            bounds.centreX() - DEFAULT_LABEL_WIDTH / 2,
            bounds.bottom() + 5,
            DEFAULT_LABEL_WIDTH,
            40);
    return label(element, shape.getBpmnLabel(), fallback);
  }

  private static Optional<Label> labelOf(BpmnEdge edge) {
    BaseElement element = edge.getBpmnElement();
    List<Waypoint> points = List.copyOf(edge.getWaypoints());
    int middle = Math.max(0, points.size() / 2 - 1);
    Waypoint from = points.get(middle);
    Waypoint to = points.get(Math.min(middle + 1, points.size() - 1));
    double x = (from.getX() + to.getX()) / 2;
    double y = (from.getY() + to.getY()) / 2;
    Box fallback = new Box(x + 4, y - 18, 70, 14);
    return label(element, edge.getBpmnLabel(), fallback);
  }

  private static Optional<Label> label(BaseElement element, BpmnLabel diLabel, Box fallback) {
    String name = element == null ? null : ShapePainter.nameOf(element);
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Box box =
        diLabel != null && diLabel.getBounds() != null ? Box.of(diLabel.getBounds()) : fallback;
    TextLayout.Block block =
        new TextLayout.Block(
            TextLayout.wrap(name, Math.max(box.width(), 40), LABEL_SIZE, false), LABEL_SIZE);
    return Optional.of(new Label(element.getId(), box, block));
  }

  /** The bounds of everything drawn, with a margin: the SVG's viewBox. */
  private static Box extent(List<BpmnShape> shapes, List<BpmnEdge> edges, List<Label> labels) {
    double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (BpmnShape shape : shapes) {
      include(e, Box.of(shape.getBounds()));
    }
    for (BpmnEdge edge : edges) {
      for (Waypoint waypoint : edge.getWaypoints()) {
        include(e, new Box(waypoint.getX(), waypoint.getY(), 0, 0));
      }
    }
    for (Label label : labels) {
      double widest =
          label.block().lines().stream()
              .mapToDouble(line -> TextLayout.width(line, LABEL_SIZE, false))
              .max()
              .orElse(0);
      Box box = label.box();
      include(
          e,
          new Box(
              box.centreX() - widest / 2,
              box.y(),
              widest,
              Math.max(box.height(), label.block().height())));
    }
    if (e[0] > e[2]) {
      return new Box(0, 0, 2 * MARGIN, 2 * MARGIN);
    }
    return new Box(
        Math.floor(e[0] - MARGIN),
        Math.floor(e[1] - MARGIN),
        Math.ceil(e[2] - e[0] + 2 * MARGIN),
        Math.ceil(e[3] - e[1] + 2 * MARGIN));
  }

  private static void include(double[] extent, Box box) {
    extent[0] = Math.min(extent[0], box.x());
    extent[1] = Math.min(extent[1], box.y());
    extent[2] = Math.max(extent[2], box.right());
    extent[3] = Math.max(extent[3], box.bottom());
  }
}
