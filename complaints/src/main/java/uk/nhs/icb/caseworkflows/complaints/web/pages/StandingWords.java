package uk.nhs.icb.caseworkflows.complaints.web.pages;

import uk.nhs.icb.caseworkflows.common.web.pages.PageText;
import uk.nhs.icb.caseworkflows.complaints.domain.Representation;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeRelationship;
import uk.nhs.icb.caseworkflows.complaints.domain.RepresentativeStanding;
import uk.nhs.icb.caseworkflows.complaints.domain.StandingDecision;

/** A representative's ground, relationship and the decision on them, as the pages word them. */
final class StandingWords {

  private StandingWords() {}

  static String ground(RepresentativeStanding ground) {
    return switch (ground) {
      case PATIENT_REQUEST -> "The patient asked them to";
      case CHILD -> "The patient is a child";
      case LACKS_CAPACITY -> "The patient lacks capacity (Mental Capacity Act 2005)";
      case DECEASED -> "The patient has died";
      case PHYSICALLY_UNABLE -> "The patient cannot complain because of a physical incapacity";
    };
  }

  static String relationship(RepresentativeRelationship relationship) {
    return switch (relationship) {
      case PERSONAL_REPRESENTATIVE -> "Personal representative (executor or administrator)";
      case NEXT_OF_KIN -> "Next of kin";
      case OTHER -> "Someone else";
    };
  }

  /** Null for a living patient's representative. */
  static String relationship(Representation representation) {
    return representation
        .relationship()
        .map(kind -> representation.relationshipDescription().orElseGet(() -> relationship(kind)))
        .orElse(null);
  }

  /** "Accepted on 3 March 2026 by sam.handler" or "Refused ...: reasons". */
  static String decision(StandingDecision decision) {
    String when = " on " + PageText.date(decision.decidedAt()) + " by " + decision.decidedBy();
    return decision.accepted()
        ? "Accepted" + when + decision.reasons().map(reasons -> ": " + reasons).orElse("")
        : "Refused" + when + ": " + decision.reasons().orElse("");
  }
}
