package uk.nhs.icb.caseworkflows.chc.domain;

import static java.util.stream.Collectors.joining;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.HIGH;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.LOW;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.MODERATE;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.NO_NEEDS;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.PRIORITY;
import static uk.nhs.icb.caseworkflows.chc.domain.NeedLevel.SEVERE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The twelve care domains of the Decision Support Tool (July 2022), in the tool's order, each with
 * only the levels its descriptors define. Priority exists in four domains only (behaviour,
 * breathing, drug therapies and medication, altered states of consciousness); three stop at High
 * (psychological and emotional needs, communication, continence); altered states of consciousness
 * goes from High straight to Priority, with no Severe. docs/chc.md gives the sources and what is
 * still to confirm against the tool itself.
 */
public enum CareDomain {
  BEHAVIOUR("Behaviour", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE, PRIORITY)),
  COGNITION("Cognition", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE)),
  PSYCHOLOGICAL_AND_EMOTIONAL_NEEDS(
      "Psychological and emotional needs", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH)),
  COMMUNICATION("Communication", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH)),
  MOBILITY("Mobility", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE)),
  NUTRITION("Nutrition (food and drink)", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE)),
  CONTINENCE("Continence", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH)),
  SKIN_INTEGRITY(
      "Skin integrity (including tissue viability)",
      EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE)),
  BREATHING("Breathing", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE, PRIORITY)),
  DRUG_THERAPIES_AND_MEDICATION(
      "Drug therapies and medication (symptom control)",
      EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE, PRIORITY)),
  ALTERED_STATES_OF_CONSCIOUSNESS(
      "Altered states of consciousness", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, PRIORITY)),
  OTHER_SIGNIFICANT_CARE_NEEDS(
      "Other significant care needs", EnumSet.of(NO_NEEDS, LOW, MODERATE, HIGH, SEVERE));

  private final String title;
  private final Set<NeedLevel> levels;

  CareDomain(String title, EnumSet<NeedLevel> levels) {
    this.title = title;
    this.levels = Collections.unmodifiableSet(levels);
  }

  /** The domain's name as the tool prints it (and the eligibility letter lists it). */
  public String title() {
    return title;
  }

  /** The levels this domain's descriptors define, lowest first. */
  public Set<NeedLevel> levels() {
    return levels;
  }

  public boolean has(NeedLevel level) {
    return levels.contains(level);
  }

  /** "No needs, Low, Moderate, High", for messages that say what may be chosen. */
  public String levelTitles() {
    return levels.stream().map(NeedLevel::title).collect(joining(", "));
  }
}
