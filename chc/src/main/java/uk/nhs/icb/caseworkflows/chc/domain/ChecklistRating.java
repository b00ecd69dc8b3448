package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One domain of a Checklist rated, with the evidence the assessor relied on. The national form asks
 * for a brief description of the need and the source of its evidence beside every rating, so a
 * rating without evidence is refused; for a C the evidence may simply say no needs were found.
 */
@Embeddable
public class ChecklistRating {

  /** The longest evidence a domain keeps: the form's box, with room to spare. */
  public static final int EVIDENCE_LENGTH = 4000;

  @Enumerated(EnumType.STRING)
  @Column(name = "domain", nullable = false, length = 40)
  private ChecklistDomain domain;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 1)
  private ChecklistLevel level;

  @Column(name = "evidence", nullable = false, length = EVIDENCE_LENGTH)
  private String evidence;

  protected ChecklistRating() {}

  public ChecklistRating(ChecklistDomain domain, ChecklistLevel level, String evidence) {
    Objects.requireNonNull(domain, "domain");
    if (level == null) {
      throw new ChcRuleException("Choose A, B or C for " + domain.title() + ".");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new ChcRuleException(
          "Say what the rating of "
              + domain.title()
              + " rests on: a brief description of the need and where the evidence comes from.");
    }
    this.domain = domain;
    this.level = level;
    this.evidence = evidence.strip();
  }

  public ChecklistDomain domain() {
    return domain;
  }

  public ChecklistLevel level() {
    return level;
  }

  public String evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChecklistRating that
        && domain == that.domain
        && level == that.level
        && evidence.equals(that.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, level, evidence);
  }
}
