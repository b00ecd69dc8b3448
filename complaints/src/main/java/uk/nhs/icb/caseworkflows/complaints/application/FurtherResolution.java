package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseSteps;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.text.Text;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintDeadlines;
import uk.nhs.icb.caseworkflows.complaints.domain.FurtherResponse;
import uk.nhs.icb.caseworkflows.complaints.letters.AfterResponseLetters;

/**
 * Further local resolution: a complainant not satisfied with the response asks for more, and the
 * handler reopens the complaint with what is still unresolved and the date of the further response
 * (agreed with the complainant, or the response period from today). Reopening stops the retention
 * clock, tells whatever observes {@link ComplaintReopened}, acknowledges in writing and starts the
 * further-response process, whose timer tells the manager if the date passes. Sending the further
 * response closes the complaint again, which starts its retention clock afresh and, for an upheld
 * complaint, asks about its service-user story again ({@link ComplaintClosedAgain}).
 */
@ApplicationScoped
public class FurtherResolution {

  private final ComplaintSteps steps;
  private final AfterResponseRecords records;
  private final ComplaintDeadlines deadlines;
  private final ComplaintRetentionStart retention;
  private final AfterResponseLetters letters;
  private final LetterIssuing issuing;
  private final Event<ComplaintReopened> reopenings;
  private final Event<ComplaintClosedAgain> closings;

  @Inject
  public FurtherResolution(
      ComplaintSteps steps,
      AfterResponseRecords records,
      ComplaintDeadlines deadlines,
      ComplaintRetentionStart retention,
      AfterResponseLetters letters,
      LetterIssuing issuing,
      Event<ComplaintReopened> reopenings,
      Event<ComplaintClosedAgain> closings) {
    this.steps = steps;
    this.records = records;
    this.deadlines = deadlines;
    this.retention = retention;
    this.letters = letters;
    this.issuing = issuing;
    this.reopenings = reopenings;
    this.closings = closings;
  }

  protected FurtherResolution() {
    this(null, null, null, null, null, null, null, null);
  }

  /**
   * @param agreedDue the date agreed with the complainant; null for the response period from today
   */
  @Transactional
  public FurtherResponse reopen(String id, String unresolved, LocalDate agreedDue) {
    Complaint complaint = steps.file(id);
    Instant now = steps.now();
    complaint.reopenForFurtherResponse();
    LocalDate due =
        agreedDue != null ? agreedDue : deadlines.defaultResponseDue(Text.londonDate(now));
    int round = records.furtherResponsesOf(id).size() + 1;
    FurtherResponse further =
        FurtherResponse.open(id, round, unresolved, due, now, steps.callerName());
    records.add(further);
    retention.reopened(complaint);
    steps.audit("COMPLAINT_REOPENED", id, "further response " + round + " due " + due);
    steps.startProcess(
        AfterResponseProcessModels.FURTHER_RESPONSE,
        complaint,
        Map.of("furtherResponseDue", CaseSteps.endOf(due)));
    issuing.issue(Complaint.CASE_TYPE, id, letters.reopened(complaint, further));
    reopenings.fire(new ComplaintReopened(id, complaint.reference().formatted(), round, now));
    return further;
  }

  /** The further response, as the letter says it; the complaint closes again. */
  @Transactional
  public FurtherResponse send(String id, String summary) {
    Complaint complaint = steps.file(id);
    CaseTask step =
        steps.openStep(complaint, ComplaintTask.WRITE_FURTHER_RESPONSE, "a further response");
    FurtherResponse further = records.openFurtherResponse(id).orElseThrow();
    Instant now = steps.now();
    String by = steps.callerName();
    further.send(summary, now, by);
    complaint.furtherResponseSent(now, by);
    issuing.issue(Complaint.CASE_TYPE, id, letters.furtherResponse(complaint, further));
    steps.audit("FURTHER_RESPONSE_SENT", id, "further response " + further.round());
    steps.complete(complaint, step, Map.of());
    retention.closed(complaint);
    closings.fire(new ComplaintClosedAgain(complaint, further.round()));
    return further;
  }

  /** The process's timer: the date passed with no further response; the manager sees it. */
  @Transactional
  public void overdue(String id) {
    records
        .openFurtherResponse(id)
        .ifPresent(
            further -> {
              further.noteOverdue(steps.now());
              steps.audit(
                  "FURTHER_RESPONSE_OVERDUE",
                  id,
                  "further response " + further.round() + " was due " + further.dueBy());
            });
  }
}
