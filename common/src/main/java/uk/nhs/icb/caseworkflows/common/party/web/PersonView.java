package uk.nhs.icb.caseworkflows.common.party.web;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.Party;

/** A party to a case as its file shows them: who they are and how to reach them. */
public record PersonView(
    String name,
    List<String> addressLines,
    String postcode,
    String telephone,
    String email,
    NeedsView communicationNeeds) {

  public static PersonView of(Party party) {
    return new PersonView(
        party.name(),
        party.addressLines(),
        party.postcode(),
        party.telephone(),
        party.email(),
        NeedsView.of(party.communicationNeeds()));
  }
}
