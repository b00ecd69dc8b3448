package uk.nhs.icb.caseworkflows.bpmn.diagram;

import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/** A rectangle of the diagram, in the model's own coordinates. */
record Box(double x, double y, double width, double height) {

  static Box of(Bounds bounds) {
    return new Box(
        valueOf(bounds.getX()),
        valueOf(bounds.getY()),
        valueOf(bounds.getWidth()),
        valueOf(bounds.getHeight()));
  }

  private static double valueOf(Double coordinate) {
    return coordinate == null ? 0 : coordinate;
  }

  double centreX() {
    return x + width / 2;
  }

  double centreY() {
    return y + height / 2;
  }

  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }
}
