package uk.nhs.icb.caseworkflows.ifr.domain;

import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;

/**
 * When a panel may decide a request: at least {@code minimumMembers} present and free of any
 * conflict on it, among them the chair and a clinical member (a setting: national composition is
 * unconfirmed, domain.md §3).
 */
public record Quorum(int minimumMembers) {

  public Quorum {
    if (minimumMembers < 2) {
      throw new IllegalArgumentException("a panel has at least two members");
    }
  }

  public static Quorum defaults() {
    return new Quorum(3);
  }

  /** Refuses a decision the members counting for this request could not make (400 on quorum). */
  public void require(List<PanelMember> counting) {
    boolean chair = counting.stream().anyMatch(member -> member.role() == PanelRole.CHAIR);
    boolean clinician = counting.stream().anyMatch(member -> member.role() == PanelRole.CLINICAL);
    if (counting.size() < minimumMembers || !chair || !clinician) {
      throw new InvalidInputException(
          "quorum",
          "the panel is not quorate for this request: "
              + counting.size()
              + " members without a conflict are present, and it needs "
              + minimumMembers
              + " including the chair and a clinical member");
    }
  }
}
