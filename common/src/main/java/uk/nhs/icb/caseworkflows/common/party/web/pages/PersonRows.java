package uk.nhs.icb.caseworkflows.common.party.web.pages;

import static uk.nhs.icb.caseworkflows.common.web.pages.CaseSections.row;

import java.util.List;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;
import uk.nhs.icb.caseworkflows.common.web.pages.PageText;

/**
 * The people of a case in its summary list, named by their role in it: who got in touch (name,
 * address with its postcode, telephone, email) and the patient (name, NHS number, date of birth).
 * Rows with nothing to say are left out.
 */
public final class PersonRows {

  private PersonRows() {}

  /** "Complainant", "Complainant's address", "Telephone", "Email". */
  public static void person(List<Map<String, String>> rows, String role, Party person) {
    String key = PageText.sentence(role);
    row(rows, key, person.name());
    row(
        rows,
        key + "'s address",
        String.join("\n", person.addressLines())
            + (person.postcode() == null ? "" : "\n" + person.postcode()));
    row(rows, "Telephone", person.telephone());
    row(rows, "Email", person.email());
  }

  /** "Patient", "NHS number" (3 3 4), "Date of birth". */
  public static void patient(List<Map<String, String>> rows, String role, AffectedPerson patient) {
    row(rows, PageText.sentence(role), patient.name());
    row(rows, "NHS number", patient.nhsNumber() == null ? null : patient.nhsNumber().formatted());
    row(rows, "Date of birth", PageText.date(patient.dateOfBirth()));
  }
}
