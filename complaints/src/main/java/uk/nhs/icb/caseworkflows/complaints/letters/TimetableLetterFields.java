package uk.nhs.icb.caseworkflows.complaints.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.complaints.domain.ClockStop;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.Investigator;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDateChange;

/**
 * The letters that keep the complainant informed when their response date moves: the clock stopped
 * (why, and that the date will move), restarted (the new date and the working days lost), the date
 * changed (from what, to what, why), and a withdrawal received. Each quotes the reason the handler
 * recorded, which is written for the complainant to read.
 */
final class TimetableLetterFields {

  private TimetableLetterFields() {}

  static Map<String, Object> clockStopped(Complaint complaint) {
    ClockStop stop =
        LetterNotReady.requireOnFile(
            complaint.timetable().clockStops().stream().filter(ClockStop::isOngoing).findFirst(),
            "Stop the clock before writing that it stopped.");
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("stoppedOn", stop.stoppedOn());
    fields.put("reason", stop.reason());
    complaint.timetable().responseDue().ifPresent(due -> fields.put("responseDue", due));
    return fields;
  }

  static Map<String, Object> clockRestarted(Complaint complaint) {
    List<ClockStop> stops = complaint.timetable().clockStops();
    ClockStop stop =
        LetterNotReady.requireOnFile(
            stops.isEmpty() || stops.get(stops.size() - 1).isOngoing()
                ? Optional.empty()
                : Optional.of(stops.get(stops.size() - 1)),
            "Restart the clock before writing that it restarted.");
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("stoppedOn", stop.stoppedOn());
    fields.put("reason", stop.reason());
    fields.put("workingDays", stop.workingDaysStopped());
    fields.put("responseDue", responseDue(complaint));
    return fields;
  }

  static Map<String, Object> responseDateChanged(Complaint complaint) {
    List<ResponseDateChange> changes = complaint.timetable().responseDateChanges();
    ResponseDateChange change =
        LetterNotReady.requireOnFile(
            changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1)),
            "Change the response date before writing that it changed.");
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("from", change.from());
    fields.put("to", change.to());
    fields.put("reason", change.reason());
    return fields;
  }

  /**
   * The plan as agreed (regulation 13): the issues, who investigates and the response date, and the
   * acknowledgement's date when the plan agreed another.
   */
  static Map<String, Object> planConfirmed(Complaint complaint) {
    Investigator investigator =
        LetterNotReady.requireOnFile(
            complaint.plan().investigatedBy(), "Agree the plan before confirming it.");
    LocalDate due = responseDue(complaint);
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("issues", ComplaintFacts.issues(complaint));
    fields.put("byTheIcb", investigator == Investigator.ICB);
    fields.put("organisation", complaint.subject().organisationOrService());
    fields.put("responseDue", due);
    complaint
        .timetable()
        .promisedInTheAcknowledgement()
        .filter(promised -> !promised.equals(due))
        .ifPresent(promised -> fields.put("changed", Map.of("promised", promised)));
    return fields;
  }

  static Map<String, Object> withdrawalReceived(Complaint complaint) {
    return ComplaintFacts.toComplainant(complaint);
  }

  private static LocalDate responseDue(Complaint complaint) {
    return LetterNotReady.requireOnFile(
        complaint.timetable().responseDue(), "Agree the plan before writing about its date.");
  }
}
