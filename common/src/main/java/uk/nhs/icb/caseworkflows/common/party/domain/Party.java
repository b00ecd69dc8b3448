package uk.nhs.icb.caseworkflows.common.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A person the ICB writes to about a case (a complainant, an applicant), with the ways to reach
 * them. Only the name is required: people do get in touch by phone without giving an address, and
 * staff ask later. Their communication needs are recorded on them once, so every letter and every
 * case page they appear on honours them.
 */
@Embeddable
public class Party {

  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "address_lines", length = 1000)
  private String addressLines;

  @Column(name = "postcode", length = 10)
  private String postcode;

  @Column(name = "telephone", length = 40)
  private String telephone;

  @Column(name = "email", length = 320)
  private String email;

  @Embedded private CommunicationNeeds communicationNeeds;

  protected Party() {}

  public Party(
      String name, List<String> addressLines, String postcode, String telephone, String email) {
    this.name = Text.required(name, "the name");
    this.addressLines = Text.joinLines(addressLines);
    this.postcode = Text.optional(postcode);
    this.telephone = Text.optional(telephone);
    this.email = Text.optional(email);
  }

  public String name() {
    return name;
  }

  public List<String> addressLines() {
    return Text.splitLines(addressLines);
  }

  public String postcode() {
    return postcode;
  }

  public String telephone() {
    return telephone;
  }

  public String email() {
    return email;
  }

  /** None when nothing is recorded (JPA reads all-empty columns back as null). */
  public CommunicationNeeds communicationNeeds() {
    return communicationNeeds == null ? CommunicationNeeds.none() : communicationNeeds;
  }

  /** Records (or replaces) how this person needs the ICB to communicate with them. */
  public void recordCommunicationNeeds(CommunicationNeeds needs) {
    this.communicationNeeds = needs == null || needs.isNone() ? null : needs;
  }
}
