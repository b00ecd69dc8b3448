package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * What a case knows identifies a person (or several: a patient and a relative), gathered from its
 * own records so they can be taken out of its free text. Immutable: each {@code with...} gives a
 * new value, and blanks are ignored so a record's empty fields can be passed as they are.
 */
public record KnownIdentities(
    List<String> names,
    List<String> nhsNumbers,
    List<LocalDate> datesOfBirth,
    List<String> addressLines,
    List<String> postcodes,
    List<String> phones,
    List<String> emails) {

  private static final Pattern POSTCODE =
      Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}", Pattern.CASE_INSENSITIVE);

  public KnownIdentities {
    names = List.copyOf(names);
    nhsNumbers = List.copyOf(nhsNumbers);
    datesOfBirth = List.copyOf(datesOfBirth);
    addressLines = List.copyOf(addressLines);
    postcodes = List.copyOf(postcodes);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
  }

  /** Nothing known yet. */
  public static KnownIdentities none() {
    return new KnownIdentities(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Everything the kit's record of the person a case is about holds. */
  public static KnownIdentities of(AffectedPerson person) {
    KnownIdentities known = none().withName(person.name());
    if (person.nhsNumber() != null) {
      known = known.withNhsNumber(person.nhsNumber());
    }
    return known
        .withDateOfBirth(person.dateOfBirth())
        .withAddress(person.addressLines(), person.postcode());
  }

  /** A full name as recorded, e.g. "Mrs Jane Anne Smith-Jones"; its variants follow from it. */
  public KnownIdentities withName(String name) {
    return new KnownIdentities(
        plus(names, name), nhsNumbers, datesOfBirth, addressLines, postcodes, phones, emails);
  }

  public KnownIdentities withNhsNumber(NhsNumber number) {
    return new KnownIdentities(
        names,
        plus(nhsNumbers, number.digits()),
        datesOfBirth,
        addressLines,
        postcodes,
        phones,
        emails);
  }

  public KnownIdentities withDateOfBirth(LocalDate date) {
    List<LocalDate> dates = new ArrayList<>(datesOfBirth);
    if (date != null) {
      dates.add(date);
    }
    return new KnownIdentities(names, nhsNumbers, dates, addressLines, postcodes, phones, emails);
  }

  /** An address: each line is known on its own, as text often quotes only the street. */
  public KnownIdentities withAddress(List<String> lines, String postcode) {
    List<String> known = new ArrayList<>(addressLines);
    if (lines != null) {
      lines.stream().filter(KnownIdentities::given).map(String::strip).forEach(known::add);
    }
    return new KnownIdentities(
        names, nhsNumbers, datesOfBirth, known, plus(postcodes, postcode), phones, emails);
  }

  /**
   * An address written as one text ("Flat 4, 19 Harrow Court, M14 5RB"): split at commas and line
   * breaks, the part shaped like a UK postcode taken as the postcode, the rest as its lines.
   */
  public KnownIdentities withAddressText(String address) {
    if (!given(address)) {
      return this;
    }
    List<String> lines = new ArrayList<>();
    String postcode = null;
    for (String part : address.split("[,\\n]")) {
      String line = part.strip();
      if (POSTCODE.matcher(line).matches()) {
        postcode = line;
      } else if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return withAddress(lines, postcode);
  }

  public KnownIdentities withPhone(String phone) {
    return new KnownIdentities(
        names, nhsNumbers, datesOfBirth, addressLines, postcodes, plus(phones, phone), emails);
  }

  public KnownIdentities withEmail(String email) {
    return new KnownIdentities(
        names, nhsNumbers, datesOfBirth, addressLines, postcodes, phones, plus(emails, email));
  }

  /** Both sets, e.g. the patient's and their relative's. */
  public KnownIdentities and(KnownIdentities other) {
    return new KnownIdentities(
        join(names, other.names),
        join(nhsNumbers, other.nhsNumbers),
        join(datesOfBirth, other.datesOfBirth),
        join(addressLines, other.addressLines),
        join(postcodes, other.postcodes),
        join(phones, other.phones),
        join(emails, other.emails));
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }

  private static List<String> plus(List<String> values, String value) {
    List<String> more = new ArrayList<>(values);
    if (given(value)) {
      more.add(value.strip());
    }
    return more;
  }

  private static <T> List<T> join(List<T> first, List<T> second) {
    List<T> both = new ArrayList<>(first);
    second.stream().filter(Objects::nonNull).forEach(both::add);
    return both;
  }
}
