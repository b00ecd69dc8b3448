package uk.nhs.icb.caseworkflows.complaints.stories.domain;

/** What a person asked for consent to publish said, or that they said nothing after a reminder. */
public enum ConsentAnswer {
  GIVEN,
  REFUSED,
  NO_REPLY
}
