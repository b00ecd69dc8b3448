package uk.nhs.icb.caseworkflows.bpmn.diagram;

/**
 * How a step is drawn for where the case is: the current step in NHS blue with a thick border (a
 * cue that does not rest on colour alone), passed steps shaded grey, steps ahead plain. Colours are
 * SVG presentation attributes, not CSS, so a Content-Security-Policy without inline styles allows
 * them; the class lets a page's own stylesheet restyle them.
 */
enum StepState {
  CURRENT("is-current", "#e8f1fa", "#005eb8", 4),
  PASSED("is-passed", "#d8dde0", "#768692", 1.5),
  AHEAD("is-ahead", "#ffffff", "#4c6272", 1.5);

  static final String TEXT = "#212b32";
  static final String FLOW = "#4c6272";
  static final String DONE_TICK = "#007f3b";

  final String cssClass;
  final String fill;
  final String stroke;
  final double strokeWidth;

  StepState(String cssClass, String fill, String stroke, double strokeWidth) {
    this.cssClass = cssClass;
    this.fill = fill;
    this.stroke = stroke;
    this.strokeWidth = strokeWidth;
  }

  /** The border of a shape whose plain border is {@code plain} wide (an end event's is thick). */
  double strokeWidth(double plain) {
    return this == CURRENT ? Math.max(strokeWidth, plain + 2) : plain;
  }
}
