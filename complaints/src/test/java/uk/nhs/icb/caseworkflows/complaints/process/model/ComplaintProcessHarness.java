package uk.nhs.icb.caseworkflows.complaints.process.model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;
import uk.nhs.icb.caseworkflows.bpmn.testing.ProcessTestHarness;
import uk.nhs.icb.caseworkflows.common.calendar.BankHolidays;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.complaints.letters.LetterPeriods;
import uk.nhs.icb.caseworkflows.complaints.process.ComplaintStepDeadlines;

/**
 * The complaint model on bpmn's shared {@link ProcessTestHarness}, started the way the complaints
 * module will start it (business key = case id, the case type and reference, routing flags and
 * deadlines), with the delegates replaced by {@link RecordedCasework}. The engine's clock starts on
 * the day the complaint was received; {@link #close()} puts it back.
 */
final class ComplaintProcessHarness extends ProcessTestHarness {

  static final String MODEL = "uk/nhs/icb/caseworkflows/complaints/process/complaint.bpmn";
  static final String CASE_ID = "c-1";

  /** A Monday; the deadlines below are what the working-day calendar would give for it. */
  static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");

  /** The last moment of the third working day: a day counts until its end. */
  static final Date ACKNOWLEDGEMENT_DUE = date("2026-11-26T23:59:59.999Z");

  static final Date CONSENT_REMINDER_DUE = date("2026-12-07T17:00:00Z");
  static final Date PROVIDER_REMINDER_DUE = date("2026-12-16T17:00:00Z");
  static final Date PROVIDER_RESPONSE_DUE = date("2026-12-18T17:00:00Z");
  static final Date RESPONSE_DUE = date("2027-01-06T23:59:59.999Z");

  /** 09:00 (BST) on 22 May 2027, the last day of six months beginning with 23 November 2026. */
  static final Date SIX_MONTH_DATE = date("2027-05-22T08:00:00Z");

  final RecordedCasework casework;

  ComplaintProcessHarness() {
    this(new RecordedCasework());
  }

  private ComplaintProcessHarness(RecordedCasework casework) {
    super(
        MODEL,
        CASE_ID,
        RECEIVED,
        Map.of(
            "complaintLetters", casework.letterWriter,
            "complaintClosure", casework.closer,
            "complaintEscalation", casework.escalator,
            "complaintFlags", casework.flagger,
            "complaintReminders", casework.reminder));
    // Not a delegate: the model calls it for the due dates of the steps no regulation times.
    Mocks.register("complaintStepDeadlines", stepDeadlines());
    this.casework = casework;
  }

  /** Starts a complaint received in time, with the start deadlines; {@code flags} override. */
  void receive(Map<String, Object> flags) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseType", "complaint");
    variables.put("caseReference", "CMP-2026-000123");
    variables.put("inTime", true);
    variables.put("forSomeoneElse", false);
    variables.put("acknowledgementDue", ACKNOWLEDGEMENT_DUE);
    variables.put("sixMonthDate", SIX_MONTH_DATE);
    variables.putAll(flags);
    start("complaint", variables);
  }

  void receive() {
    receive(Map.of());
  }

  /**
   * The real step deadlines (point 7), on England's working days and the letters' default periods
   * (10 working days to reply), counted from the engine's clock as the step opens.
   */
  static ComplaintStepDeadlines stepDeadlines() {
    Clock engineClock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
          }
        };
    return new ComplaintStepDeadlines(
        new WorkingDayCalendar(BankHolidays.englandAndWales(), engineClock),
        new LetterPeriods(10, 10, 10, 20));
  }

  static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
