package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.List;
import java.util.Objects;

/** Whom a letter is addressed to, as the envelope window shows it. */
public record Recipient(String name, List<String> addressLines, String postcode) {

  public Recipient {
    Objects.requireNonNull(name, "name");
    addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    postcode = postcode == null ? "" : postcode;
  }
}
