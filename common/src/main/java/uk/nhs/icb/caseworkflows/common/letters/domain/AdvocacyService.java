package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The independent advocacy service a letter points its reader to for free help with their case (NHS
 * complaints advocacy; advocacy for a CHC assessment), as the templates' {@code advocacy} block
 * shows it.
 */
public record AdvocacyService(String name, String telephone, String website) {

  public AdvocacyService {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(telephone, "telephone");
    Objects.requireNonNull(website, "website");
  }

  /** The {@code advocacy} block: {@code name}, {@code telephone}, {@code website}. */
  public Map<String, Object> fields() {
    return Map.of("name", name, "telephone", telephone, "website", website);
  }
}
