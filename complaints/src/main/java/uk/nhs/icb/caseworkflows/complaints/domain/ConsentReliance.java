package uk.nhs.icb.caseworkflows.complaints.domain;

/**
 * What on a complaint still relies on a consent when it is withdrawn (issue 14 point 10), from
 * where the complaint has got to: the whole complaint, one step still to come, or nothing. Each
 * answer decides what stops and what the complainant is told.
 */
public enum ConsentReliance {
  /** Handling the complaint, or the representative acting: without it the complaint closes. */
  THE_COMPLAINT,
  /** Sending the complaint to the organisation complained about, which has not happened yet. */
  THE_NOTICE_TO_THE_PROVIDER,
  /** Asking the organisation complained about, already told, for its account or more of it. */
  ASKING_THE_PROVIDER,
  /** Telling the organisation complained about who complained, which has not happened yet. */
  NAMING_THE_COMPLAINANT,
  /** Nothing still to come: the withdrawal is recorded and acknowledged. */
  NOTHING;

  /** For the letter: what stops, finishing "We will not ...". */
  public boolean stopsAStep() {
    return this == THE_NOTICE_TO_THE_PROVIDER
        || this == ASKING_THE_PROVIDER
        || this == NAMING_THE_COMPLAINANT;
  }
}
