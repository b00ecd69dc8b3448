package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Objects;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;

/**
 * A letter ready to issue: its content, and the communication needs of the person it is addressed
 * to, which travel with it so the letter is sent in every form they ask for.
 */
public record AddressedLetter(LetterContent content, CommunicationNeeds needs) {

  public AddressedLetter {
    Objects.requireNonNull(content, "content");
    needs = needs == null ? CommunicationNeeds.none() : needs;
  }
}
