package uk.nhs.icb.caseworkflows.common.letters.application;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;

/**
 * The dates a letter gives, counted from the day it is issued in England: the day a reply is due a
 * number of working days on (bank holidays skipped), and days written inside a sentence. A date
 * given as a whole field is printed by the composer the same way.
 */
public final class LetterDates {

  private final WorkingDayCalendar calendar;

  public LetterDates(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The day of issue. */
  public LocalDate today() {
    return calendar.today();
  }

  /** The day a reply asked for in today's letter is due: {@code workingDays} working days on. */
  public LocalDate replyBy(int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("a letter gives at least one working day to reply");
    }
    return calendar.addWorkingDays(today(), workingDays);
  }

  /** The day something on file happened, in England. */
  public LocalDate dayOf(Instant at) {
    return calendar.dateOf(at);
  }

  /** "5 March 2026", the day something on file happened, for a sentence. */
  public String inWords(Instant at) {
    return inWords(dayOf(at));
  }

  /** "5 March 2026", for a sentence. */
  public static String inWords(LocalDate date) {
    return LetterComposer.UK_DATE.format(date);
  }
}
