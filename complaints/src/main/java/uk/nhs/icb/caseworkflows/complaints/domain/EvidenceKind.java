package uk.nhs.icb.caseworkflows.complaints.domain;

/** What an investigation gathered. */
public enum EvidenceKind {
  /** The account of the organisation or person complained about. */
  PROVIDER_RESPONSE,
  /** Records, notes, letters, call logs. */
  DOCUMENT,
  /** What someone involved told the investigator. */
  STATEMENT,
  /** An independent clinician's view of the care given. */
  CLINICAL_ADVICE
}
