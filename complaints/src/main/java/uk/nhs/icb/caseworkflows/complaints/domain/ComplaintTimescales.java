package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.Period;
import java.util.Objects;

/**
 * The periods the complaints regulations set, as settings: the ICB can change them by configuration
 * without a code change (a new regulation, a local standard).
 *
 * @param timeLimit how long after the event, or learning of it, a complaint is in time (reg 12)
 * @param acknowledgementWorkingDays working days after receipt to acknowledge (reg 13)
 * @param responseWorkingDays the default response date, in working days after the plan is agreed
 * @param sixMonths after receipt with no response, a letter must explain the delay (reg 14)
 */
public record ComplaintTimescales(
    Period timeLimit, int acknowledgementWorkingDays, int responseWorkingDays, Period sixMonths) {

  public ComplaintTimescales {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(sixMonths, "sixMonths");
    if (acknowledgementWorkingDays < 1 || responseWorkingDays < 1) {
      throw new IllegalArgumentException("deadlines are at least one working day away");
    }
  }

  /** The regulations' periods and the usual 25-working-day response target. */
  public static ComplaintTimescales defaults() {
    return new ComplaintTimescales(Period.ofMonths(12), 3, 25, Period.ofMonths(6));
  }
}
