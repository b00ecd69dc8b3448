package uk.nhs.icb.caseworkflows.common.party.web;

import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.checkLines;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.field;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.lines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * The patient a request is about, when it is made by someone else. No limit is longer than the
 * {@link AffectedPerson} column that keeps the value.
 */
public record PatientDetails(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 20) String nhsNumber,
    @NotNull @Past LocalDate dateOfBirth,
    @Size(max = 6) List<String> addressLines,
    @Size(max = 10) String postcode,
    @Valid NeedsDetails communicationNeeds) {

  /**
   * The patient, refusals naming {@code field}: a wrong check digit is {@code field.nhsNumber}, an
   * address too long {@code field.addressLines}.
   */
  public AffectedPerson toAffectedPerson(String field) {
    checkLines(
        field + ".addressLines", addressLines, PersonDetails.MAX_LINE, PersonDetails.MAX_ADDRESS);
    NhsNumber number = field(field + ".nhsNumber", () -> NhsNumber.parse(nhsNumber));
    AffectedPerson patient =
        field(
            field,
            () -> new AffectedPerson(name, number, dateOfBirth, lines(addressLines), postcode));
    patient.recordCommunicationNeeds(
        NeedsDetails.of(communicationNeeds, field + ".communicationNeeds"));
    return patient;
  }
}
