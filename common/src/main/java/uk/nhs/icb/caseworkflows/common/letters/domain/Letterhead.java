package uk.nhs.icb.caseworkflows.common.letters.domain;

import java.util.List;

/** The ICB as every letter's heading and return address show it. */
public record Letterhead(
    String name,
    List<String> addressLines,
    String postcode,
    String telephone,
    String email,
    String website) {

  public Letterhead {
    addressLines = List.copyOf(addressLines);
  }
}
