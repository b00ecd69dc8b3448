package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

class KnownIdentityRedactionTest {

  private static final AffectedPerson PATIENT =
      new AffectedPerson(
          "Mrs Eleanor Ruth Whitcombe-Hale",
          NhsNumber.parse("9434765919"),
          LocalDate.of(1961, 7, 3),
          List.of("14 Orchard Rise", "Little Stanton"),
          "LS9 4QT");

  private final Redaction redaction =
      new KnownIdentityRedaction(
          KnownIdentities.of(PATIENT)
              .withPhone("01632 960123")
              .withEmail("e.whitcombe@example.org"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Eleanor Ruth Whitcombe-Hale",
        "Eleanor Whitcombe-Hale",
        "Mrs Whitcombe-Hale",
        "mrs. whitcombe-hale",
        "E. Whitcombe-Hale",
        "E R Whitcombe-Hale",
        "E.R. Whitcombe-Hale",
        "Eleanor",
        "Whitcombe",
        "Hale",
        "WHITCOMBE - HALE"
      })
  void everyVariantOfTheNameBecomesOnePlaceholder(String variant) {
    assertEquals("Seen: [name] today.", redaction.redact("Seen: " + variant + " today."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "94 34 76 59 19"})
  void anNhsNumberIsFoundHoweverItIsSpaced(String number) {
    assertEquals("NHS no. [NHS number].", redaction.redact("NHS no. " + number + "."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "03/07/1961",
        "3/7/1961",
        "3/7/61",
        "03-07-1961",
        "3.7.1961",
        "1961-07-03",
        "3 July 1961",
        "3rd July 1961",
        "3rd of Jul 1961",
        "July 3rd, 1961",
        "3 jul. 1961"
      })
  void theDateOfBirthIsFoundInTheUsualFormats(String date) {
    assertEquals("Born [date].", redaction.redact("Born " + date + "."));
  }

  @Test
  void addressPhoneAndEmailBecomeTheirPlaceholders() {
    assertEquals(
        "Lives at [address], [address] [address]; call [phone] or [phone]; [email].",
        redaction.redact(
            "Lives at 14 Orchard Rise, Little  Stanton ls94qt; call 01632 960 123 or"
                + " +44 (0)1632 960123; E.Whitcombe@example.org."));
  }

  @Test
  void theWholeTextKeepsNoneOfTheKnownIdentities() {
    String letter =
        "Dear colleague, Mrs Eleanor Whitcombe-Hale (NHS 943 476 5919, born 03/07/1961) of 14"
            + " Orchard Rise, LS9 4QT, has had three courses of treatment. Eleanor's daughter rang"
            + " on 01632960123 and wrote from e.whitcombe@example.org. Whitcombe-Hale is 65.";
    String redacted = redaction.redact(letter).toLowerCase(Locale.UK);
    for (String identity :
        List.of(
            "eleanor",
            "whitcombe",
            "hale",
            "943",
            "5919",
            "1961",
            "orchard",
            "ls9",
            "01632",
            "example.org")) {
      assertFalse(redacted.contains(identity), identity + " left in: " + redacted);
    }
    assertTrue(redacted.contains("three courses of treatment"), redacted);
  }

  @Test
  void wordsThatOnlyContainANameOrANumberAreLeftAlone() {
    String text = "Halesowen clinic, Eleanora ward, ref 19434765919, Smithfield on 13/07/1961.";
    assertEquals(text, redaction.redact(text));
  }

  @Test
  void redactionsComposeAndNullStaysNull() {
    Redaction shout = text -> text.toUpperCase(Locale.UK);
    assertEquals("SEEN [NAME]", redaction.andThen(shout).redact("seen Eleanor"));
    assertNull(redaction.redact(null));
  }

  @Test
  void nothingKnownChangesNothing() {
    String text = "Eleanor Whitcombe-Hale, 943 476 5919";
    assertEquals(text, new KnownIdentityRedaction(KnownIdentities.none()).redact(text));
  }
}
