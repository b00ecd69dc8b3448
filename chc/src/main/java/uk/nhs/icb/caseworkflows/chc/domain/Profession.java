package uk.nhs.icb.caseworkflows.chc.domain;

import static uk.nhs.icb.caseworkflows.chc.domain.ProfessionalField.HEALTH;
import static uk.nhs.icb.caseworkflows.chc.domain.ProfessionalField.SOCIAL_CARE;

/** The professions that commonly sit on a CHC multidisciplinary team, each in its field. */
public enum Profession {
  REGISTERED_NURSE("Registered nurse", HEALTH),
  DOCTOR("Doctor", HEALTH),
  OCCUPATIONAL_THERAPIST("Occupational therapist", HEALTH),
  PHYSIOTHERAPIST("Physiotherapist", HEALTH),
  SPEECH_AND_LANGUAGE_THERAPIST("Speech and language therapist", HEALTH),
  DIETITIAN("Dietitian", HEALTH),
  PSYCHOLOGIST("Psychologist", HEALTH),
  PHARMACIST("Pharmacist", HEALTH),
  SOCIAL_WORKER("Social worker", SOCIAL_CARE),
  SOCIAL_CARE_ASSESSOR("Social care assessor", SOCIAL_CARE);

  private final String title;
  private final ProfessionalField field;

  Profession(String title, ProfessionalField field) {
    this.title = title;
    this.field = field;
  }

  public String title() {
    return title;
  }

  public ProfessionalField field() {
    return field;
  }
}
