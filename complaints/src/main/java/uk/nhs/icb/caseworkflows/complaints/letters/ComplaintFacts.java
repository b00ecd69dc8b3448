package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterLines;
import uk.nhs.icb.caseworkflows.complaints.domain.Channel;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintIssue;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;

/** What most complaint letters state about the complaint, in the words the templates expect. */
final class ComplaintFacts {

  private ComplaintFacts() {}

  /**
   * A new set of fields saying when the complaint arrived; the letter itself greets the
   * complainant.
   */
  static Map<String, Object> toComplainant(Complaint complaint) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("complaint", receipt(complaint));
    return fields;
  }

  static Map<String, Object> receipt(Complaint complaint) {
    return Map.of(
        "receivedOn",
        complaint.receipt().receivedOn(),
        "howReceived",
        howReceived(complaint.receipt().channel()));
  }

  /**
   * The issues the plan agreed; before there is a plan, what the complainant said happened, one
   * concern per line as they gave it.
   */
  static List<String> issues(Complaint complaint) {
    List<String> planned =
        complaint.plan().issues().stream().map(ComplaintIssue::description).toList();
    if (!planned.isEmpty()) {
      return planned;
    }
    return LetterLines.of(complaint.details().whatHappened());
  }

  static String howReceived(Channel channel) {
    return switch (channel) {
      case LETTER -> "by letter";
      case EMAIL -> "by email";
      case TELEPHONE -> "by telephone";
      case IN_PERSON -> "in person";
    };
  }

  /** As the final response's legend explains them. */
  static String outcome(IssueOutcome outcome) {
    return switch (outcome) {
      case UPHELD -> "Upheld";
      case PARTIALLY_UPHELD -> "Partially upheld";
      case NOT_UPHELD -> "Not upheld";
    };
  }
}
