package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Objects;

/** Who signs a letter, by name and role (a final response is signed by the responsible person). */
public record Signatory(String name, String role) {

  public Signatory {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
