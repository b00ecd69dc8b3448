package uk.nhs.icb.caseworkflows.common.consent.web;

import static uk.nhs.icb.caseworkflows.common.web.rest.FieldInput.field;

import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGivenAs;
import uk.nhs.icb.caseworkflows.common.consent.domain.ConsentGiver;

/** Who gave a consent, as a request says it in three fields. */
public final class ConsentInput {

  /** The field a giver who is not the person but lacks a name or standing is refused as. */
  public static final String GIVER_NAME = "giverName";

  private ConsentInput() {}

  /**
   * The person themselves, or someone for them with a name and standing (refused as {@value
   * #GIVER_NAME} without).
   */
  public static ConsentGiver giver(ConsentGivenAs givenAs, String name, String standing) {
    return switch (givenAs) {
      case THE_PERSON -> ConsentGiver.thePerson();
      case REPRESENTATIVE -> field(GIVER_NAME, () -> ConsentGiver.representative(name, standing));
      case BEST_INTERESTS_DECISION ->
          field(GIVER_NAME, () -> ConsentGiver.bestInterestsDecision(name, standing));
    };
  }
}
