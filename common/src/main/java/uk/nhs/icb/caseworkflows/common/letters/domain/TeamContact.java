package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The team a letter's reader contacts about their case (the complaints team, the CHC team, the IFR
 * team), as the templates' {@code contact} block shows it.
 */
public record TeamContact(String name, String telephone, String email) {

  public TeamContact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(telephone, "telephone");
    Objects.requireNonNull(email, "email");
  }

  /** The {@code contact} block: {@code name}, {@code telephone}, {@code email}. */
  public Map<String, Object> fields() {
    return Map.of("name", name, "telephone", telephone, "email", email);
  }
}
