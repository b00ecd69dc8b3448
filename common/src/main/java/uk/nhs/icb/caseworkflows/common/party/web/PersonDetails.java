package uk.nhs.icb.caseworkflows.common.party.web;

import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.checkLines;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.field;
import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.lines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/**
 * A person a request names (who complains, applies or is written to). No limit is longer than the
 * {@link Party} column that keeps the value; the address lines are checked one by one and joined.
 */
public record PersonDetails(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 6) List<String> addressLines,
    @Size(max = 10) String postcode,
    @Size(max = 40) String telephone,
    @Email @Size(max = 200) String email,
    @Valid NeedsDetails communicationNeeds) {

  /** The longest address line. */
  public static final int MAX_LINE = 200;

  /** What the address column holds once the lines are joined with line breaks. */
  public static final int MAX_ADDRESS = 1000;

  /** The party, refusals naming {@code field} ({@code complainant.addressLines[2]}). */
  public Party toParty(String field) {
    checkLines(field + ".addressLines", addressLines, MAX_LINE, MAX_ADDRESS);
    Party party =
        field(field, () -> new Party(name, lines(addressLines), postcode, telephone, email));
    party.recordCommunicationNeeds(
        NeedsDetails.of(communicationNeeds, field + ".communicationNeeds"));
    return party;
  }
}
