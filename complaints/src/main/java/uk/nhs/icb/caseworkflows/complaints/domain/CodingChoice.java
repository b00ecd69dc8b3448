package uk.nhs.icb.caseworkflows.complaints.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The codes a handler chose for a complaint's national return: one or more subjects, one or more
 * service areas, the professions of the staff concerned (none when no member of staff is), the
 * complainant's status and, unless the patient's date of birth gives it, the patient's age band.
 *
 * @param patientAgeBand null when the date of birth on file gives it
 */
public record CodingChoice(
    List<String> subjects,
    List<String> serviceAreas,
    List<String> professions,
    String complainantStatus,
    String patientAgeBand) {

  public CodingChoice {
    subjects = kept(subjects);
    serviceAreas = kept(serviceAreas);
    professions = kept(professions);
  }

  /** A copy that keeps a null entry, so it is refused as a missing code rather than a crash. */
  private static List<String> kept(List<String> codes) {
    return codes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(codes));
  }
}
