package uk.nhs.icb.caseworkflows.bpmn.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseTask;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.RetentionProcess;
import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/**
 * The retention process for one record. Its business key is "type/id" of the record, never the case
 * id alone, so the case's own process and its retention never answer the same query; its case type
 * is {@value #CASE_TYPE}, which is how the task list sends the reviewer to the review page.
 */
@ApplicationScoped
public class EngineRetentionProcess implements RetentionProcess {

  public static final String PROCESS_KEY = "retention";
  public static final String CASE_TYPE = "retention";
  static final String REVIEW_STEP = "review-retention";
  static final String TIMER = "retention-ends";

  /** A review is due within a month of the end of retention. */
  private static final int REVIEW_DAYS = 30;

  private final CaseProcesses processes;

  @Inject
  public EngineRetentionProcess(CaseProcesses processes) {
    this.processes = processes;
  }

  protected EngineRetentionProcess() {
    this(null);
  }

  /** The business key of a record's retention process. */
  public static String keyOf(String recordType, String recordId) {
    return recordType + "/" + recordId;
  }

  @Override
  @Transactional
  public void start(RetainedRecord record) {
    processes.start(
        PROCESS_KEY,
        new CaseKey(CASE_TYPE, keyOf(record), record.reference()),
        Map.of("retentionEnds", startOf(record.retainUntil()), "reviewDue", reviewDue(record)));
  }

  @Override
  @Transactional
  public boolean awaitsReview(RetainedRecord record) {
    return review(record) != null;
  }

  @Override
  @Transactional
  public void extended(RetainedRecord record) {
    CaseTask review = review(record);
    if (review == null) {
      // Still waiting for the end: move the timer, which is all the process holds of the date.
      int moved =
          processes.rescheduleTimer(
              keyOf(record), TIMER, startOf(record.retainUntil()).toInstant());
      if (moved > 0) {
        return;
      }
      // No timer: it fired between the look for a review and now (the job executor committed the
      // review in between, at the end of a retention period). Without this the new date would be
      // kept while the review it replaces stayed open; end that review with the extension instead.
      review = review(record);
      if (review == null) {
        throw new ConflictProblem(
            "The retention of record "
                + record.reference()
                + " is changing at this moment; try again in a minute.");
      }
    }
    processes.completeTask(
        keyOf(record),
        review.id(),
        Map.of(
            "retentionDecision",
            "EXTEND",
            "retentionEnds",
            startOf(record.retainUntil()),
            "reviewDue",
            reviewDue(record)));
  }

  @Override
  @Transactional
  public void destroyed(RetainedRecord record) {
    CaseTask review = review(record);
    if (review == null) {
      throw new ConflictProblem("The review of record " + record.reference() + " is not open.");
    }
    processes.completeTask(keyOf(record), review.id(), Map.of("retentionDecision", "DESTROY"));
  }

  @Override
  @Transactional
  public void stopped(RetainedRecord record) {
    processes.stop(keyOf(record), "case reopened");
  }

  private CaseTask review(RetainedRecord record) {
    return processes.openTasks(keyOf(record)).stream()
        .filter(task -> task.definitionKey().equals(REVIEW_STEP))
        .findFirst()
        .orElse(null);
  }

  private static String keyOf(RetainedRecord record) {
    return keyOf(record.recordType(), record.recordId());
  }

  /** Retention ends at the start of its last day in London: the review opens that morning. */
  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
  }

  private static Date reviewDue(RetainedRecord record) {
    return Date.from(
        record
            .retainUntil()
            .plusDays(REVIEW_DAYS)
            .atTime(17, 0)
            .atZone(WorkingDayCalendar.LONDON)
            .toInstant());
  }
}
