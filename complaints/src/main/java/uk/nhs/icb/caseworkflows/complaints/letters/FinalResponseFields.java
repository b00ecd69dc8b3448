package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterNotReady;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintIssue;
import uk.nhs.icb.caseworkflows.complaints.domain.IssueOutcome;

/**
 * The final response: the issues and their outcomes from the complaint file, in the words the
 * manager signed off. Neither half alone is a response, so both must be there.
 */
final class FinalResponseFields {

  Map<String, Object> finalResponse(Complaint complaint, LetterCircumstances circumstances) {
    IssueOutcome overall =
        LetterNotReady.requireOnFile(
            complaint.outcome().overall(),
            "The final response cannot be written before an outcome is recorded for each issue.");
    ResponseWording wording =
        LetterNotReady.requireOnFile(
            circumstances.responseWording(),
            "The final response has no signed-off wording: draft it and have it signed off"
                + " first.");
    List<ComplaintIssue> issues = complaint.plan().issues();
    if (wording.findings().size() != issues.size()) {
      throw new IllegalStateException(
          "The response describes "
              + wording.findings().size()
              + " finding(s) but the plan has "
              + issues.size()
              + " issue(s): redraft it.");
    }
    Map<String, Object> fields = ComplaintFacts.toComplainant(complaint);
    fields.put("steps", wording.steps());
    fields.put("findings", findings(issues, wording));
    fields.put("overallOutcome", ComplaintFacts.outcome(overall));
    fields.put("overallSummary", wording.overallSummary());
    if (wording.apology() != null) {
      fields.put("apology", wording.apology());
    }
    if (!wording.actions().isEmpty()) {
      fields.put("improvements", Map.of("actions", actions(wording)));
    }
    RouteLetterFields.jointly(complaint).ifPresent(jointly -> fields.put("jointly", jointly));
    fields.put("satisfied", wording.satisfied());
    if (!wording.satisfied()) {
      fields.put("followUp", wording.followUp());
    }
    return fields;
  }

  private static List<Map<String, Object>> findings(
      List<ComplaintIssue> issues, ResponseWording wording) {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      findings.add(
          Map.of(
              "issue", issues.get(i).description(),
              "finding", wording.findings().get(i),
              "outcome", ComplaintFacts.outcome(issues.get(i).outcome())));
    }
    return findings;
  }

  private static List<Map<String, Object>> actions(ResponseWording wording) {
    return wording.actions().stream()
        .map(
            action -> {
              Map<String, Object> fields = new LinkedHashMap<>();
              fields.put("description", action.description());
              fields.put("owner", action.owner());
              fields.put("dueBy", action.dueBy());
              return fields;
            })
        .toList();
  }
}
