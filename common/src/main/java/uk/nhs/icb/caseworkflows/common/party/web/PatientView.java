package uk.nhs.icb.caseworkflows.common.party.web;

import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;

/** The person a case is about, as its file shows them; the NHS number is written 3-3-4. */
public record PatientView(
    String name, String nhsNumber, LocalDate dateOfBirth, NeedsView communicationNeeds) {

  public static PatientView of(AffectedPerson person) {
    return new PatientView(
        person.name(),
        person.nhsNumber().formatted(),
        person.dateOfBirth(),
        NeedsView.of(person.communicationNeeds()));
  }
}
