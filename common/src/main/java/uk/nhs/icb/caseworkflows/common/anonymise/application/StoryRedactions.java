package uk.nhs.icb.caseworkflows.common.anonymise.application;

import jakarta.enterprise.context.ApplicationScoped;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.GivenNames;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.KnownIdentities;
import uk.nhs.icb.caseworkflows.common.anonymise.domain.StoryRedaction;

/**
 * The story redactor for a case's known identities, with the given-name lists read once per
 * application (they are some 5,500 names) rather than once per story.
 */
@ApplicationScoped
public class StoryRedactions {

  private volatile GivenNames givenNames;

  public StoryRedaction of(KnownIdentities known) {
    return new StoryRedaction(known, names());
  }

  private GivenNames names() {
    GivenNames names = givenNames;
    if (names == null) {
      names = GivenNames.shipped();
      givenNames = names;
    }
    return names;
  }
}
