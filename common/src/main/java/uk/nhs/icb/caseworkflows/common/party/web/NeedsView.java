package uk.nhs.icb.caseworkflows.common.party.web;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeed;
import uk.nhs.icb.caseworkflows.common.party.domain.CommunicationNeeds;

/**
 * A person's communication needs as a case file shows them: codes and the note; empty when none.
 */
public record NeedsView(List<String> needs, String note) {

  public static NeedsView of(CommunicationNeeds recorded) {
    return new NeedsView(
        recorded.needs().stream().map(CommunicationNeed::code).toList(), recorded.note());
  }
}
