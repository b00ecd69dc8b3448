package uk.nhs.icb.caseworkflows.chc.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The individual's part in their full assessment: when they (or their representative) were invited,
 * and the view of their needs they gave. When no view was given the text says why, so the record
 * shows they had the chance.
 */
public record IndividualsView(LocalDate invitedOn, ViewGivenBy givenBy, String view) {

  public IndividualsView {
    if (invitedOn == null) {
      throw new ChcRuleException(
          "Record when the individual or their representative was invited to take part.");
    }
    Objects.requireNonNull(givenBy, "givenBy");
    if (view == null || view.isBlank()) {
      throw new ChcRuleException(
          givenBy == ViewGivenBy.NO_VIEW_GIVEN
              ? "Say why no view was given, for example that they declined to take part."
              : "Record the view they gave of their needs, in their words where possible.");
    }
    view = view.strip();
  }
}
