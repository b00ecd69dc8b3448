package uk.nhs.icb.caseworkflows.common.party.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/** A person or patient in a request: what fits their columns, and what is refused by name. */
class PeopleOverRestTest {

  @Test
  void everyLimitFitsTheColumnThatKeepsTheValue() {
    for (String field : List.of("name", "postcode", "telephone", "email")) {
      assertThat(size(PersonDetails.class, field))
          .as(field)
          .isLessThanOrEqualTo(column(Party.class, field));
    }
    assertThat(PersonDetails.MAX_ADDRESS).isLessThanOrEqualTo(column(Party.class, "addressLines"));
    for (String field : List.of("name", "postcode")) {
      assertThat(size(PatientDetails.class, field))
          .as(field)
          .isLessThanOrEqualTo(column(AffectedPerson.class, field));
    }
    assertThat(PersonDetails.MAX_ADDRESS)
        .isLessThanOrEqualTo(column(AffectedPerson.class, "addressLines"));
  }

  @Test
  void aPersonBecomesTheirParty() {
    Party party =
        new PersonDetails(
                "Ann Lee", List.of("1 High Street", "Northvale"), "NV1 2AB", null, null, null)
            .toParty("complainant");

    assertThat(party.name()).isEqualTo("Ann Lee");
    assertThat(party.addressLines()).containsExactly("1 High Street", "Northvale");
    assertThat(party.postcode()).isEqualTo("NV1 2AB");
  }

  @Test
  void anAddressTooLongOnceJoinedIsRefusedNamingTheField() {
    List<String> sixLongLines = Collections.nCopies(6, "x".repeat(PersonDetails.MAX_LINE));

    assertThatThrownBy(
            () ->
                new PersonDetails("Ann Lee", sixLongLines, null, null, null, null)
                    .toParty("applicant"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors().get(0).field()).isEqualTo("applicant.addressLines"));
    assertThatThrownBy(
            () ->
                new PatientDetails(
                        "Ann Lee",
                        "9434765919",
                        LocalDate.of(1950, 1, 1),
                        List.of("", "x"),
                        null,
                        null)
                    .toAffectedPerson("patient"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors().get(0).field()).isEqualTo("patient.addressLines[0]"));
  }

  @Test
  void aWrongCheckDigitIsRefusedAsTheNhsNumber() {
    assertThatThrownBy(
            () ->
                new PatientDetails(
                        "Ann Lee", "9434765918", LocalDate.of(1950, 1, 1), null, null, null)
                    .toAffectedPerson("patient"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.errors().get(0).field()).isEqualTo("patient.nhsNumber"));
  }

  @Test
  void theFileShowsThePatientsNhsNumberThreeThreeFour() {
    AffectedPerson patient =
        new PatientDetails(
                "Ann Lee",
                "943 476 5919",
                LocalDate.of(1950, 1, 1),
                null,
                "NV1 2AB",
                new NeedsDetails(List.of("large-print"), "Reads 18 point best"))
            .toAffectedPerson("patient");

    assertThat(PatientView.of(patient))
        .isEqualTo(
            new PatientView(
                "Ann Lee",
                "943 476 5919",
                LocalDate.of(1950, 1, 1),
                new NeedsView(List.of("large-print"), "Reads 18 point best")));
  }

  @Test
  void theFileShowsAPersonAndHowToReachThem() {
    Party party =
        new Party("Ben Lee", List.of("2 Mill Lane"), "NV3 4CD", "01632 960000", "ben@example.org");

    assertThat(PersonView.of(party))
        .isEqualTo(
            new PersonView(
                "Ben Lee",
                List.of("2 Mill Lane"),
                "NV3 4CD",
                "01632 960000",
                "ben@example.org",
                new NeedsView(List.of(), null)));
  }

  @Test
  void anUnknownNeedIsRefusedNamingThePersonsNeeds() {
    assertThatThrownBy(
            () ->
                new PersonDetails(
                        "Ann Lee",
                        null,
                        null,
                        null,
                        null,
                        new NeedsDetails(List.of("large-print", "telepathy"), null))
                    .toParty("complainant"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors().get(0).field())
                    .isEqualTo("complainant.communicationNeeds"));
  }

  private static int size(Class<?> request, String component) throws AssertionError {
    try {
      return request.getDeclaredField(component).getAnnotation(Size.class).max();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static int column(Class<?> entity, String field) {
    try {
      return entity.getDeclaredField(field).getAnnotation(Column.class).length();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
