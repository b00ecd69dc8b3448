package uk.nhs.icb.caseworkflows.chc.domain;

import java.util.Objects;

/** A professional who took part in the full assessment, named as the DST records them. */
public record MdtMember(String name, Profession profession) {

  public MdtMember {
    if (name == null || name.isBlank()) {
      throw new ChcRuleException("Give the name of each professional in the team.");
    }
    Objects.requireNonNull(profession, "profession");
    name = name.strip();
  }
}
