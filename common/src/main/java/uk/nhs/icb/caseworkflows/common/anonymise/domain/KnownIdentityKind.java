package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * The kinds of known identity a caller may name (the redaction preview's {@code kind}), each adding
 * its value to a {@link KnownIdentities}; a value the kind cannot read is refused with an {@link
 * IllegalArgumentException} that says why, without repeating the value.
 */
public enum KnownIdentityKind {
  NAME,
  NHS_NUMBER,
  DATE_OF_BIRTH,
  ADDRESS,
  PHONE,
  EMAIL;

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d-M-uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"));

  /** The kind by its name, or an {@link IllegalArgumentException} listing the kinds. */
  public static KnownIdentityKind named(String name) {
    for (KnownIdentityKind kind : values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "must be one of NAME, NHS_NUMBER, DATE_OF_BIRTH, ADDRESS, PHONE, EMAIL");
  }

  /** {@code known} with this value added. */
  public KnownIdentities addTo(KnownIdentities known, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("must not be blank");
    }
    return switch (this) {
      case NAME -> known.withName(value);
      case NHS_NUMBER -> {
        if (!NhsNumber.isValid(value)) {
          throw new IllegalArgumentException(
              "must be an NHS number of 10 digits with its check digit");
        }
        yield known.withNhsNumber(NhsNumber.parse(value));
      }
      case DATE_OF_BIRTH -> known.withDateOfBirth(date(value.strip()));
      case ADDRESS -> known.withAddressText(value);
      case PHONE -> known.withPhone(value);
      case EMAIL -> known.withEmail(value);
    };
  }

  private static LocalDate date(String value) {
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeParseException notThisOne) {
        // the next format may read it
      }
    }
    throw new IllegalArgumentException("must be a date such as 1948-03-12 or 12/03/1948");
  }
}
