package uk.nhs.icb.caseworkflows.ifr.process.model;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stand-ins for the IFR delegates: what the process asked for, in order. A letter is recorded as
 * its kind and the task that asked, e.g. "ifr-screened-out from send-policy-letter".
 */
final class RecordedIfrCasework {

  private final List<String> letters = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();
  private final List<String> closures = new ArrayList<>();

  final JavaDelegate letterWriter =
      execution -> {
        String kind = (String) execution.getVariableLocal("letterKind");
        boolean reminder = Boolean.TRUE.equals(execution.getVariableLocal("reminder"));
        letters.add(
            kind + (reminder ? " reminder" : "") + " from " + execution.getCurrentActivityId());
      };

  final JavaDelegate flagger = execution -> flags.add((String) execution.getVariableLocal("flag"));

  final JavaDelegate closer = execution -> closures.add(execution.getBusinessKey());

  List<String> letters() {
    return List.copyOf(letters);
  }

  List<String> flags() {
    return List.copyOf(flags);
  }

  List<String> closures() {
    return List.copyOf(closures);
  }
}
