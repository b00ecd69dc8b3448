package uk.nhs.icb.caseworkflows.bpmn.diagram;

import java.util.List;

/**
 * A picture of where a case is in its process.
 *
 * @param svg one {@code <svg>} element, escaped and ready to embed in a page as it is; its natural
 *     size is the model's (the complaint process is about 4,900 pixels wide), so put it in a
 *     horizontally scrolling container
 * @param summary the same in words, which is also the SVG's title: "Where complaint CMP-2026-000123
 *     is in its process: at Acknowledge the complaint"
 * @param currentSteps the names of the steps the case is at now, for the page to say in text; empty
 *     once the process has finished
 * @param finished whether the case's process has finished
 * @param finishedAt the name of the end the process finished at, or {@code null} while it runs (and
 *     when it was stopped rather than reaching an end)
 */
public record ProcessDiagram(
    String svg, String summary, List<String> currentSteps, boolean finished, String finishedAt) {

  public ProcessDiagram {
    currentSteps = List.copyOf(currentSteps);
  }
}
