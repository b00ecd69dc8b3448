package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * The age NHS Continuing Healthcare starts at: 18. A person is 18 from the start of their 18th
 * birthday. Someone born on 29 February has, in a common year, their birthday taken as 1 March, the
 * first day on which eighteen full years have passed; docs/chc.md notes this is a choice still to
 * confirm for England.
 */
public final class AdultAge {

  public static final int YEARS = 18;

  private AdultAge() {}

  /** The day the person turns 18. */
  public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
    LocalDate birthday = dateOfBirth.plusYears(YEARS);
    // plusYears moves 29 February back to the 28th in a common year; the 18 years end a day later.
    boolean leapDayMovedBack =
        dateOfBirth.getMonth() == Month.FEBRUARY
            && dateOfBirth.getDayOfMonth() == 29
            && birthday.getDayOfMonth() == 28;
    return leapDayMovedBack ? birthday.plusDays(1) : birthday;
  }

  public static boolean isAdultOn(LocalDate dateOfBirth, LocalDate on) {
    return !on.isBefore(eighteenthBirthday(dateOfBirth));
  }

  /**
   * The person's age in whole years on a day. Period counts a 29 February birthday as reached on 1
   * March in a common year, so it agrees with {@link #eighteenthBirthday}.
   */
  public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
    return Period.between(dateOfBirth, on).getYears();
  }
}
