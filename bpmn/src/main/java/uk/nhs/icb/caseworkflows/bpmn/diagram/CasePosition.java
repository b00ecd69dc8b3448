package uk.nhs.icb.caseworkflows.bpmn.diagram;

import java.util.Set;

/**
 * Where a case is in its process, by BPMN element id: the steps it is at now (or the end event it
 * finished at) and the steps it has already passed. A step in both is taken as current.
 */
public record CasePosition(Set<String> current, Set<String> passed) {

  public CasePosition {
    current = Set.copyOf(current);
    passed = Set.copyOf(passed);
  }

  /** Nothing highlighted: the plain process. */
  public static CasePosition none() {
    return new CasePosition(Set.of(), Set.of());
  }

  StepState stateOf(String elementId) {
    if (current.contains(elementId)) {
      return StepState.CURRENT;
    }
    return passed.contains(elementId) ? StepState.PASSED : StepState.AHEAD;
  }
}
