package uk.nhs.icb.caseworkflows.chc.domain;

import static uk.nhs.icb.caseworkflows.chc.domain.ProfessionalField.HEALTH;

import java.util.List;
import java.util.Optional;

/**
 * The professionals who completed the Decision Support Tool. The Framework's minimum is two
 * professionals from different health professions, or one from health and one from social care; two
 * social care professionals alone, or two of the same health profession, are not enough. More may
 * take part, and the individual's own practitioners should where they can.
 */
public record MultidisciplinaryTeam(List<MdtMember> members) {

  public MultidisciplinaryTeam {
    members = List.copyOf(members);
  }

  public static MultidisciplinaryTeam none() {
    return new MultidisciplinaryTeam(List.of());
  }

  /** Whether any two members together meet the Framework's minimum. */
  public boolean meetsTheMinimum() {
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (makeAMinimumTeam(members.get(i).profession(), members.get(j).profession())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean makeAMinimumTeam(Profession one, Profession other) {
    boolean twoHealthProfessions = one.field() == HEALTH && other.field() == HEALTH && one != other;
    boolean healthAndSocialCare = one.field() != other.field();
    return twoHealthProfessions || healthAndSocialCare;
  }

  /** What the team still lacks, in words for the assessor, or nothing when it is enough. */
  public Optional<String> shortfall() {
    if (meetsTheMinimum()) {
      return Optional.empty();
    }
    return Optional.of(
        "The team needs at least two professionals: from two different health professions, or one"
            + " from health and one from social care. Recorded so far: "
            + describeMembers()
            + ".");
  }

  private String describeMembers() {
    if (members.isEmpty()) {
      return "nobody";
    }
    return String.join(
        ", ", members.stream().map(m -> m.name() + " (" + m.profession().title() + ")").toList());
  }
}
