package uk.nhs.icb.caseworkflows.common.retention.application;

import uk.nhs.icb.caseworkflows.common.retention.domain.RetainedRecord;

/**
 * The retention process on the engine, as the retention use cases need it: a timer that waits for
 * the end of the period and then asks an information-governance officer to review the record.
 * Implemented by the bpmn module, which owns the engine.
 */
public interface RetentionProcess {

  /** Starts waiting for the end of the record's retention. */
  void start(RetainedRecord record);

  /** Whether the review of the record is open (its retention has ended and nobody decided yet). */
  boolean awaitsReview(RetainedRecord record);

  /** The record's retention was extended: wait again, until its new date. */
  void extended(RetainedRecord record);

  /** The record was destroyed: the review is done and the process ends. */
  void destroyed(RetainedRecord record);

  /** The record's case was reopened: stop waiting; a new closure starts a new process. */
  void stopped(RetainedRecord record);
}
