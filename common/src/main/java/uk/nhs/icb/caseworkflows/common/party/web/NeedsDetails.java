package uk.nhs.icb.caseworkflows.common.party.web;

import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.field;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.lines;

import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;

/**
 * A person's communication needs as a request gives them, optional: codes such as {@code
 * large-print} or {@code braille-ready-text} ({@link
 * uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed}), and a note.
 */
public record NeedsDetails(
    @Size(max = 6) List<String> needs,
    @Size(max = CommunicationNeeds.MAX_NOTE_LENGTH) String note) {

  /** None when not given; an unknown code or too long a note is refused naming {@code field}. */
  static CommunicationNeeds of(NeedsDetails given, String field) {
    if (given == null) {
      return CommunicationNeeds.none();
    }
    return field(field, () -> CommunicationNeeds.fromCodes(lines(given.needs()), given.note()));
  }
}
