package uk.nhs.icb.caseworkflows.complaints.stories.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentityRedaction;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.complaints.stories.web.RedactionPreviewRequest.KnownIdentityInput;

class RedactionPreviewRequestTest {

  private static String refusedField(RedactionPreviewRequest request) {
    return assertThrows(InvalidInputException.class, request::known).errors().get(0).field();
  }

  @Test
  void everyKindOfKnownIdentityIsReadAndUsed() {
    RedactionPreviewRequest request =
        new RedactionPreviewRequest(
            "x",
            List.of(
                new KnownIdentityInput("NAME", "Alma Quenby"),
                new KnownIdentityInput("NHS_NUMBER", "943 476 5919"),
                new KnownIdentityInput("DATE_OF_BIRTH", "03/07/1961"),
                new KnownIdentityInput("ADDRESS", "14 Orchard Rise, LS9 4QT"),
                new KnownIdentityInput("PHONE", "01632 960123"),
                new KnownIdentityInput("EMAIL", "a.q@example.org")));
    assertEquals(
        "[name], [NHS number], [date], [address] [address], [phone], [email]",
        new KnownIdentityRedaction(request.known())
            .redact(
                "Alma, 9434765919, 3 July 1961, 14 Orchard Rise LS94QT, 01632960123,"
                    + " a.q@example.org"));
  }

  @Test
  void anUnknownKindIsRefusedOnItsField() {
    assertEquals(
        "knownIdentities[1].kind",
        refusedField(
            new RedactionPreviewRequest(
                "x",
                List.of(
                    new KnownIdentityInput("NAME", "Alma Quenby"),
                    new KnownIdentityInput("SHOE_SIZE", "9")))));
  }

  @Test
  void aValueTheKindCannotReadIsRefusedOnItsValue() {
    assertEquals(
        "knownIdentities[0].value",
        refusedField(
            new RedactionPreviewRequest(
                "x", List.of(new KnownIdentityInput("NHS_NUMBER", "9434765918")))));
    assertEquals(
        "knownIdentities[0].value",
        refusedField(
            new RedactionPreviewRequest(
                "x", List.of(new KnownIdentityInput("DATE_OF_BIRTH", "last Tuesday")))));
  }
}
