package uk.nhs.icb.caseworkflows.chc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A professional who took part in the full assessment, named as the DST records them. */
@Embeddable
public class MdtMember {

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "profession", nullable = false, length = 40)
  private Profession profession;

  protected MdtMember() {}

  public MdtMember(String name, Profession profession) {
    if (name == null || name.isBlank()) {
      throw new ChcRuleException("Give the name of each professional in the team.");
    }
    this.profession = Objects.requireNonNull(profession, "profession");
    this.name = name.strip();
  }

  public String name() {
    return name;
  }

  public Profession profession() {
    return profession;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MdtMember that
        && name.equals(that.name)
        && profession == that.profession;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, profession);
  }
}
