/**
 * A picture of a case's process: the deployed BPMN model drawn as SVG from its own diagram
 * interchange (the positions the model was laid out with), with the step or steps the case is at
 * now highlighted and the steps it has passed shaded. {@link ProcessDiagrams} finds the case's
 * process on the engine; {@link ProcessDiagramRenderer} draws any model with any highlights and
 * knows nothing of the engine. The SVG is finished, escaped markup: pages embed it as it is.
 */
package uk.nhs.icb.caseworkflows.bpmn.diagram;
