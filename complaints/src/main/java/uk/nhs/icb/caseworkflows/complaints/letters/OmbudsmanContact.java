package uk.nhs.icb.caseworkflows.complaints.letters;

import java.util.Map;

/**
 * How complainants reach the Parliamentary and Health Service Ombudsman, as complaint letters print
 * it. A setting ({@code app.complaints.letters.ombudsman.website}, {@code .telephone}, {@code
 * .address}), not a constant: stored sources disagree on the postal address (Millbank Tower in
 * older pages; most staff in Manchester), so the ICB checks it with the Ombudsman before go-live.
 */
public record OmbudsmanContact(String website, String telephone, String address) {

  /**
   * Shipped until the ICB sets its own: the address the letters printed before it was a setting.
   */
  static final OmbudsmanContact UNCONFIRMED_DEFAULT =
      new OmbudsmanContact(
          "www.ombudsman.org.uk",
          "0345 015 4033",
          "Parliamentary and Health Service Ombudsman, Millbank Tower, Millbank, London, SW1P 4QP");

  /** The {@code ombudsman} block of a letter's fields. */
  public Map<String, Object> fields() {
    return Map.of("website", website, "telephone", telephone, "address", address);
  }
}
