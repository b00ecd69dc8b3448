package uk.nhs.icb.caseworkflows.complaints.process.model;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for the complaint delegates ({@code complaintLetters}, {@code complaintClosure}, {@code
 * complaintEscalation}, {@code complaintFlags}) and notes what the process asked each of them to
 * do, in order, as a complaints manager would read it on the case's history.
 */
final class RecordedCasework {

  /** A letter the process asked for, and whether consent had been recorded by then. */
  record LetterRequest(String description, String kind, boolean consentRecorded) {}

  private final List<LetterRequest> letters = new ArrayList<>();
  private final List<String> closures = new ArrayList<>();
  private final List<String> breaches = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();
  private final List<String> reminders = new ArrayList<>();
  private final List<String> timeline = new ArrayList<>();

  final JavaDelegate letterWriter =
      execution -> {
        LetterRequest letter = letterRequestedBy(execution);
        letters.add(letter);
        timeline.add("letter " + letter.description());
      };

  final JavaDelegate closer =
      execution -> {
        String reason = (String) execution.getVariableLocal("closureReason");
        closures.add(reason);
        timeline.add("closed " + reason);
      };

  final JavaDelegate escalator =
      execution -> {
        String breach = (String) execution.getVariableLocal("breach");
        breaches.add(breach);
        timeline.add("breach " + breach);
      };

  final JavaDelegate flagger =
      execution -> {
        String flag = (String) execution.getVariableLocal("flag");
        flags.add(flag);
        timeline.add("flag " + flag);
      };

  final JavaDelegate reminder =
      execution -> {
        String about = (String) execution.getVariableLocal("reminder");
        reminders.add(about);
        timeline.add("reminder " + about);
      };

  List<String> reminders() {
    return List.copyOf(reminders);
  }

  List<String> letters() {
    return letters.stream().map(LetterRequest::description).toList();
  }

  List<LetterRequest> letterRequests() {
    return List.copyOf(letters);
  }

  List<String> closures() {
    return List.copyOf(closures);
  }

  List<String> breaches() {
    return List.copyOf(breaches);
  }

  List<String> flags() {
    return List.copyOf(flags);
  }

  List<String> timeline() {
    return List.copyOf(timeline);
  }

  private static LetterRequest letterRequestedBy(DelegateExecution execution) {
    String kind = (String) execution.getVariableLocal("letterKind");
    StringBuilder description = new StringBuilder(kind);
    Object anonymous = execution.getVariableLocal("anonymous");
    if (Boolean.TRUE.equals(anonymous)) {
      description.append(" without the complainant's name");
    } else if (Boolean.FALSE.equals(anonymous)) {
      description.append(" naming the complainant");
    }
    if (Boolean.TRUE.equals(execution.getVariableLocal("late"))) {
      description.append(" (late)");
    }
    if (Boolean.TRUE.equals(execution.getVariableLocal("reminder"))) {
      description.append(" (reminder)");
    }
    boolean consentRecorded =
        Boolean.TRUE.equals(execution.getVariable("consentComplete"))
            || Boolean.TRUE.equals(execution.getVariable("consentGiven"));
    return new LetterRequest(description.toString(), kind, consentRecorded);
  }
}
