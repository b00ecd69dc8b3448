package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * The level of need the multidisciplinary team chose for one Decision Support Tool domain, with the
 * evidence it rests on. A level the domain's descriptors do not define (Severe in continence,
 * Priority in mobility) is refused: the national tool has no such box to tick.
 */
@Embeddable
public class DomainRating {

  @Enumerated(EnumType.STRING)
  @Column(name = "domain", nullable = false, length = 40)
  private CareDomain domain;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 20)
  private NeedLevel level;

  @Column(name = "evidence", nullable = false, length = ChecklistRating.EVIDENCE_LENGTH)
  private String evidence;

  protected DomainRating() {}

  public DomainRating(CareDomain domain, NeedLevel level, String evidence) {
    Objects.requireNonNull(domain, "domain");
    if (level == null) {
      throw new ChcRuleException(
          "Choose a level for " + domain.title() + ": " + domain.levelTitles() + ".");
    }
    if (!domain.has(level)) {
      throw new ChcRuleException(
          domain.title()
              + " has no "
              + level.title()
              + " level in the Decision Support Tool. Choose one of: "
              + domain.levelTitles()
              + ".");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new ChcRuleException(
          "Record the evidence for the level chosen in "
              + domain.title()
              + ": what the need is and where the evidence comes from.");
    }
    this.domain = domain;
    this.level = level;
    this.evidence = evidence.strip();
  }

  public CareDomain domain() {
    return domain;
  }

  public NeedLevel level() {
    return level;
  }

  public String evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DomainRating that
        && domain == that.domain
        && level == that.level
        && evidence.equals(that.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, level, evidence);
  }
}
