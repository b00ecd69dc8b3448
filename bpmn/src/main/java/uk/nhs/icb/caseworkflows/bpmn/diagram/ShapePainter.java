package uk.nhs.icb.caseworkflows.bpmn.diagram;

import static uk.nhs.icb.caseworkflows.bpmn.diagram.SvgWriter.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Draws one BPMN shape at its diagram position: tasks as rounded rectangles with their names
 * inside, events as circles, gateways as diamonds, expanded sub-processes as frames. The first
 * child of each shape's group, of class {@code outline}, is the shape itself at exactly its DI
 * bounds; what follows are its marks.
 */
final class ShapePainter {

  private static final double TASK_PADDING = 5;
  private static final double ICON_BAND = 16;
  private static final double[] NAME_SIZES = {12, 11, 10};
  private static final String NON_INTERRUPTING = "5 3";
  private static final String EVENT_SUB_PROCESS = "2 3";

  private final SvgWriter svg;

  ShapePainter(SvgWriter svg) {
    this.svg = svg;
  }

  void activity(Box box, Activity activity, StepState state) {
    double border = activity instanceof CallActivity ? 3 : 1.5;
    rect(box, 10, state.fill, state, border, null);
    boolean icon = icon(box, activity);
    if (activity instanceof SubProcess) {
      collapsedMarker(box);
    }
    if (state == StepState.PASSED) {
      tick(box);
    }
    double top = box.y() + (icon ? ICON_BAND : TASK_PADDING);
    double bottom = box.bottom() - (activity instanceof SubProcess ? 18 : TASK_PADDING);
    name(nameOf(activity), box.centreX(), top, box.width() - 2 * TASK_PADDING, bottom - top, state);
  }

  /** An expanded sub-process: a frame, dotted when it is an event sub-process, named at its top. */
  void container(Box box, String name, boolean eventSubProcess, StepState state) {
    String fill = state == StepState.AHEAD ? "none" : state.fill;
    rect(box, 10, fill, state, state.strokeWidth(1.5), eventSubProcess ? EVENT_SUB_PROCESS : null);
    if (name != null && !name.isBlank()) {
      TextLayout.Block block =
          TextLayout.fit(name, box.width() - 20, 40, state == StepState.CURRENT, 12);
      text(block, box.x() + 10, box.y() + 8, "start", "bpmn-name", state == StepState.CURRENT);
    }
  }

  /** A pool, a lane, an annotation or anything else: a plain frame with its name. */
  void frame(Box box, String name, StepState state) {
    rect(box, 0, "none", state, 1, null);
    if (name != null && !name.isBlank()) {
      TextLayout.Block block = TextLayout.fit(name, box.width() - 10, box.height() - 10, false, 12);
      text(block, box.x() + 5, box.y() + 5, "start", "bpmn-name", false);
    }
  }

  void event(Box box, Event event, StepState state) {
    double r = Math.min(box.width(), box.height()) / 2;
    boolean end = event instanceof EndEvent;
    boolean nonInterrupting =
        event instanceof BoundaryEvent boundary && !boundary.cancelActivity()
            || event instanceof StartEvent start && !start.isInterrupting();
    String dash = nonInterrupting ? NON_INTERRUPTING : null;
    circle(
        "outline",
        box.centreX(),
        box.centreY(),
        r,
        state.fill,
        state.stroke,
        state.strokeWidth(end ? 4 : 1.5),
        dash);
    if (!(event instanceof StartEvent) && !end) {
      circle(null, box.centreX(), box.centreY(), r - 3, "none", state.stroke, 1, dash);
    }
    for (EventDefinition definition : definitionsOf(event)) {
      if (definition instanceof TimerEventDefinition) {
        clock(box.centreX(), box.centreY(), r * 0.6);
      } else if (definition instanceof MessageEventDefinition) {
        envelope(box.centreX(), box.centreY(), r);
      }
    }
  }

  void gateway(
      Box box,
      org.camunda.bpm.model.bpmn.instance.Gateway gateway,
      boolean marker,
      StepState state) {
    String points =
        String.join(
            " ",
            point(box.centreX(), box.y()),
            point(box.right(), box.centreY()),
            point(box.centreX(), box.bottom()),
            point(box.x(), box.centreY()));
    svg.empty(
        "polygon",
        "class",
        "outline",
        "points",
        points,
        "fill",
        state.fill,
        "stroke",
        state.stroke,
        "stroke-width",
        number(state.strokeWidth(1.5)));
    double cx = box.centreX();
    double cy = box.centreY();
    double arm = box.width() * 0.2;
    if (gateway instanceof ParallelGateway) {
      mark(
          "M%s,%s V%s M%s,%s H%s"
              .formatted(
                  number(cx),
                  number(cy - arm),
                  number(cy + arm),
                  number(cx - arm),
                  number(cy),
                  number(cx + arm)),
          3);
    } else if (gateway instanceof InclusiveGateway) {
      circle(null, cx, cy, arm, "none", StepState.TEXT, 2.5, null);
    } else if (marker) {
      double d = arm * 0.8;
      mark(
          "M%s,%s L%s,%s M%s,%s L%s,%s"
              .formatted(
                  number(cx - d),
                  number(cy - d),
                  number(cx + d),
                  number(cy + d),
                  number(cx + d),
                  number(cy - d),
                  number(cx - d),
                  number(cy + d)),
          3);
    }
  }

  private void rect(
      Box box, double radius, String fill, StepState state, double border, String dash) {
    rect(
        "outline",
        box.x(),
        box.y(),
        box.width(),
        box.height(),
        radius,
        fill,
        state.stroke,
        state.strokeWidth(border),
        dash);
  }

  /** A rectangle; {@code cssClass} is "outline" for a shape's own frame and null for a mark. */
  private void rect(
      String cssClass,
      double x,
      double y,
      double width,
      double height,
      double radius,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    stroked(
        "rect",
        cssClass,
        new String[] {
          "x",
          number(x),
          "y",
          number(y),
          "width",
          number(width),
          "height",
          number(height),
          "rx",
          radius == 0 ? null : number(radius)
        },
        fill,
        stroke,
        strokeWidth,
        dash);
  }

  /** A circle; {@code cssClass} is "outline" for an event's own shape and null for a mark. */
  private void circle(
      String cssClass,
      double cx,
      double cy,
      double r,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    stroked(
        "circle",
        cssClass,
        new String[] {"cx", number(cx), "cy", number(cy), "r", number(r)},
        fill,
        stroke,
        strokeWidth,
        dash);
  }

  /** An element with its class, then its geometry, then its fill and stroke, in that order. */
  private void stroked(
      String element,
      String cssClass,
      String[] geometry,
      String fill,
      String stroke,
      double strokeWidth,
      String dash) {
    List<String> attributes = new ArrayList<>(List.of("class"));
    attributes.add(cssClass);
    attributes.addAll(Arrays.asList(geometry));
    attributes.addAll(
        Arrays.asList(
            "fill",
            fill,
            "stroke",
            stroke,
            "stroke-width",
            number(strokeWidth),
            "stroke-dasharray",
            dash));
    svg.empty(element, attributes.toArray(String[]::new));
  }

  /** A person for a step people do, a cog for one the system does. */
  private boolean icon(Box box, Activity activity) {
    double x = box.x() + 7;
    double y = box.y() + 4;
    if (activity instanceof UserTask) {
      circle(null, x + 5, y + 3.5, 3, "none", StepState.TEXT, 1, null);
      mark(
          "M%s,%s c0,-4 2,-5.5 5,-5.5 c3,0 5,1.5 5,5.5 z".formatted(number(x), number(y + 12.5)),
          1);
      return true;
    }
    if (activity instanceof ServiceTask) {
      circle(null, x + 5, y + 5, 4, "none", StepState.TEXT, 2.5, "1.6 1.54");
      circle(null, x + 5, y + 5, 1.5, "none", StepState.TEXT, 1, null);
      return true;
    }
    return false;
  }

  private void collapsedMarker(Box box) {
    double x = box.centreX() - 7;
    double y = box.bottom() - 17;
    rect(null, x, y, 14, 14, 0, "none", StepState.TEXT, 1, null);
    mark(
        "M%s,%s h8 M%s,%s v8".formatted(number(x + 3), number(y + 7), number(x + 7), number(y + 3)),
        1.5);
  }

  /** A done step also shows a tick, so "passed" is not told by shading alone. */
  private void tick(Box box) {
    svg.empty(
        "path",
        "class",
        "done-tick",
        "d",
        "M%s,%s l3.5,3.5 l7,-8".formatted(number(box.right() - 17), number(box.y() + 9)),
        "fill",
        "none",
        "stroke",
        StepState.DONE_TICK,
        "stroke-width",
        "2.5",
        "stroke-linecap",
        "round",
        "stroke-linejoin",
        "round");
  }

  private void clock(double cx, double cy, double r) {
    circle(null, cx, cy, r, "#ffffff", StepState.TEXT, 1.5, null);
    StringBuilder ticks = new StringBuilder();
    for (int hour = 0; hour < 12; hour += 3) {
      double angle = Math.toRadians(hour * 30);
      ticks.append(
          "M%s,%s L%s,%s "
              .formatted(
                  number(cx + Math.sin(angle) * r * 0.75), number(cy - Math.cos(angle) * r * 0.75),
                  number(cx + Math.sin(angle) * r), number(cy - Math.cos(angle) * r)));
    }
    ticks.append(
        "M%s,%s L%s,%s L%s,%s"
            .formatted(
                number(cx),
                number(cy - r * 0.6),
                number(cx),
                number(cy),
                number(cx + r * 0.45),
                number(cy + r * 0.15)));
    mark(ticks.toString().strip(), 1.2);
  }

  private void envelope(double cx, double cy, double r) {
    double w = r * 1.1;
    double h = r * 0.75;
    double x = cx - w / 2;
    double y = cy - h / 2;
    rect(null, x, y, w, h, 0, "#ffffff", StepState.TEXT, 1.2, null);
    mark(
        "M%s,%s L%s,%s L%s,%s"
            .formatted(
                number(x), number(y), number(cx), number(cy + h * 0.1), number(x + w), number(y)),
        1.2);
  }

  private void mark(String path, double width) {
    svg.empty(
        "path",
        "d",
        path,
        "fill",
        "none",
        "stroke",
        StepState.TEXT,
        "stroke-width",
        number(width),
        "stroke-linecap",
        "round");
  }

  private void name(
      String name, double centreX, double top, double width, double height, StepState state) {
    if (name == null || name.isBlank()) {
      return;
    }
    boolean bold = state == StepState.CURRENT;
    TextLayout.Block block = TextLayout.fit(name, width, height, bold, NAME_SIZES);
    double blockTop = top + Math.max(0, (height - block.height()) / 2);
    text(block, centreX, blockTop, "middle", "bpmn-name", bold);
  }

  /** Lines of text, each a {@code tspan} at its own baseline. */
  void text(
      TextLayout.Block block, double x, double top, String anchor, String cssClass, boolean bold) {
    svg.open(
        "text",
        "class",
        cssClass,
        "x",
        number(x),
        "y",
        number(block.firstBaseline(top)),
        "text-anchor",
        anchor,
        "font-size",
        number(block.fontSize()),
        "font-weight",
        bold ? "bold" : null,
        "fill",
        StepState.TEXT);
    List<String> lines = block.lines();
    for (int i = 0; i < lines.size(); i++) {
      double baseline = block.firstBaseline(top) + i * block.lineHeight();
      svg.textElement("tspan", lines.get(i), "x", number(x), "y", number(baseline));
    }
    svg.close("text");
  }

  private static Collection<EventDefinition> definitionsOf(Event event) {
    if (event instanceof CatchEvent catchEvent) {
      return catchEvent.getEventDefinitions();
    }
    if (event instanceof ThrowEvent throwEvent) {
      return throwEvent.getEventDefinitions();
    }
    return List.of();
  }

  static String nameOf(org.camunda.bpm.model.bpmn.instance.BaseElement element) {
    return element.getAttributeValue("name");
  }

  static String point(double x, double y) {
    return number(x) + "," + number(y);
  }
}
