package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.errors.InvalidInputException;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The patient's NHS clinician who sent the request: only a clinician may apply, and they have no
 * account, so the coordinator records who they are and where letters go.
 */
@Embeddable
public class RequestingClinician {

  public static final int NAME_LENGTH = 200;

  @Column(name = "clinician_name", length = NAME_LENGTH)
  private String name;

  @Column(name = "clinician_role", length = NAME_LENGTH)
  private String role;

  @Column(name = "clinician_organisation", length = NAME_LENGTH)
  private String organisation;

  @Column(name = "clinician_address_lines", length = 1000)
  private String addressLines;

  @Column(name = "clinician_postcode", length = 10)
  private String postcode;

  @Column(name = "clinician_email", length = NAME_LENGTH)
  private String email;

  protected RequestingClinician() {}

  public RequestingClinician(
      String name,
      String role,
      String organisation,
      List<String> addressLines,
      String postcode,
      String email) {
    this.name = required(name, "clinician.name");
    this.role = required(role, "clinician.role");
    this.organisation = required(organisation, "clinician.organisation");
    this.addressLines = Text.joinLines(addressLines);
    this.postcode = Text.optional(postcode);
    this.email = Text.optional(email);
    if (this.addressLines == null) {
      throw new InvalidInputException("clinician.addressLines", "where letters go is required");
    }
  }

  private static String required(String value, String field) {
    String text = Text.optional(value);
    if (text == null || text.length() > NAME_LENGTH) {
      throw new InvalidInputException(field, "must be 1 to " + NAME_LENGTH + " characters long");
    }
    return text;
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }

  public String organisation() {
    return organisation;
  }

  public List<String> addressLines() {
    return Text.splitLines(addressLines);
  }

  public String postcode() {
    return postcode;
  }

  public String email() {
    return email;
  }
}
