package uk.nhs.icb.caseworkflows.complaints.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nhs.icb.caseworkflows.complaints.domain.CodingChoice;

/**
 * The codes of a complaint for the national return, as {@code GET /api/complaint-codes} lists them.
 * {@code patientAgeBand} is left out when the patient's date of birth is on file; {@code
 * professions} is empty when no member of staff is concerned. An unknown code is refused on its
 * field.
 */
public record ComplaintCodingRequest(
    @Size(max = 40) List<String> subjects,
    @Size(max = 40) List<String> serviceAreas,
    @Size(max = 40) List<String> professions,
    String complainantStatus,
    String patientAgeBand) {

  CodingChoice choice() {
    return new CodingChoice(subjects, serviceAreas, professions, complainantStatus, patientAgeBand);
  }
}
