package uk.nhs.icb.caseworkflows.common.party.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/** The people of an IFR request in its summary, named by their role in it. */
class PersonRowsTest {

  @Test
  void whoGotInTouchIsNamedByTheirRoleWithTheirAddressAndPostcodeTogether() {
    List<Map<String, String>> rows = new ArrayList<>();

    PersonRows.person(
        rows,
        "requesting clinician",
        new Party(
            "Dr Asha Patel",
            List.of("Northvale Surgery", "1 High Street"),
            "LU1 1AA",
            null,
            "a@nhs.net"));

    assertThat(rows)
        .containsExactly(
            Map.of("key", "Requesting clinician", "value", "Dr Asha Patel"),
            Map.of(
                "key",
                "Requesting clinician's address",
                "value",
                "Northvale Surgery\n1 High Street\nLU1 1AA"),
            Map.of("key", "Email", "value", "a@nhs.net"));
  }

  @Test
  void thePatientShowsTheNhsNumberInGroupsAndTheDateOfBirth() {
    List<Map<String, String>> rows = new ArrayList<>();

    PersonRows.patient(
        rows,
        "patient",
        new AffectedPerson(
            "Mr Rhodri Evans",
            NhsNumber.parse("9434765919"),
            LocalDate.of(1948, 7, 14),
            List.of(),
            null));

    assertThat(rows)
        .containsExactly(
            Map.of("key", "Patient", "value", "Mr Rhodri Evans"),
            Map.of("key", "NHS number", "value", "943 476 5919"),
            Map.of("key", "Date of birth", "value", "14 July 1948"));
  }

  @Test
  void aPersonWithOnlyANameHasOneRow() {
    List<Map<String, String>> rows = new ArrayList<>();

    PersonRows.person(rows, "complainant", new Party("Ada", List.of(), null, null, null));

    assertThat(rows).containsExactly(Map.of("key", "Complainant", "value", "Ada"));
  }
}
