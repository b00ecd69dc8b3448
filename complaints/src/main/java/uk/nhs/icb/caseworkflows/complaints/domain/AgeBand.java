package uk.nhs.icb.caseworkflows.complaints.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.coding.domain.Code;

/**
 * What an age-band code says about ages: {@code 18-64} holds 18 to 64 inclusive, {@code 85+} holds
 * 85 and over, and any other code (an "age unknown") holds none, so it is only ever chosen. The
 * bands are the ICB's to set; reading them from the code keeps the list the one place they live.
 */
record AgeBand(String code, int from, OptionalInt to) {

  private static final Pattern RANGE = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3})|\\+)");

  static Optional<AgeBand> of(Code code) {
    Matcher range = RANGE.matcher(code.code());
    if (!range.matches()) {
      return Optional.empty();
    }
    int from = Integer.parseInt(range.group(1));
    OptionalInt to =
        range.group(2) == null
            ? OptionalInt.empty()
            : OptionalInt.of(Integer.parseInt(range.group(2)));
    return Optional.of(new AgeBand(code.code(), from, to));
  }

  /** The patient's age in whole years on that day; empty for a birth date after it. */
  static OptionalInt ageOn(LocalDate dateOfBirth, LocalDate day) {
    return dateOfBirth.isAfter(day)
        ? OptionalInt.empty()
        : OptionalInt.of(Period.between(dateOfBirth, day).getYears());
  }

  boolean holds(int age) {
    return age >= from && (to.isEmpty() || age <= to.getAsInt());
  }
}
