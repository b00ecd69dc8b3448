package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.List;
import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.AffectedPerson;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/**
 * Whom a letter is written to: the envelope's name and address, how the letter greets them, and the
 * communication needs that decide the further forms it is sent in (large print, plain text). A
 * person's needs are their own, so a letter to whoever acts for a patient follows the
 * representative's needs, not the patient's; an organisation has none.
 */
public record Addressee(
    String name,
    List<String> addressLines,
    String postcode,
    String salutation,
    CommunicationNeeds needs) {

  public Addressee {
    Objects.requireNonNull(name, "name");
    addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    postcode = postcode == null ? "" : postcode;
    Objects.requireNonNull(salutation, "salutation");
    needs = needs == null ? CommunicationNeeds.none() : needs;
  }

  /** A person who brought or acts in a case, greeted by the name they gave. */
  public static Addressee of(Party party) {
    return new Addressee(
        party.name(),
        party.addressLines(),
        party.postcode(),
        party.name(),
        party.communicationNeeds());
  }

  /** The person a case is about, greeted by name, at their own address. */
  public static Addressee of(AffectedPerson person) {
    return new Addressee(
        person.name(),
        person.addressLines(),
        person.postcode(),
        person.name(),
        person.communicationNeeds());
  }

  /**
   * An organisation known by name only (a provider, a trust): no named reader to greet, and the
   * address is its own to look up, so the envelope shows the name alone.
   */
  public static Addressee organisation(String name) {
    return new Addressee(name, List.of(), "", "Sir or Madam", CommunicationNeeds.none());
  }

  /** The address block the envelope window shows. */
  public Recipient recipient() {
    return new Recipient(name, addressLines, postcode);
  }
}
