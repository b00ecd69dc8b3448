package uk.nhs.icb.caseworkflows.common.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The patient a case is about, when someone else acts for them. The NHS number is the identifier
 * that lets the ICB find the right records; it is optional because a representative often does not
 * know it.
 */
@Embeddable
public class AffectedPerson {

  @Column(name = "affected_name", length = 200)
  private String name;

  @Convert(converter = NhsNumberConverter.class)
  @Column(name = "affected_nhs_number", length = 10)
  private NhsNumber nhsNumber;

  @Column(name = "affected_date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "affected_address_lines", length = 1000)
  private String addressLines;

  @Column(name = "affected_postcode", length = 10)
  private String postcode;

  protected AffectedPerson() {}

  public AffectedPerson(
      String name,
      NhsNumber nhsNumber,
      LocalDate dateOfBirth,
      List<String> addressLines,
      String postcode) {
    this.name = Text.required(name, "the name of the person affected");
    this.nhsNumber = nhsNumber;
    this.dateOfBirth = dateOfBirth;
    this.addressLines = Text.joinLines(addressLines);
    this.postcode = Text.optional(postcode);
  }

  public String name() {
    return name;
  }

  /** Null when not known. */
  public NhsNumber nhsNumber() {
    return nhsNumber;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public List<String> addressLines() {
    return Text.splitLines(addressLines);
  }

  public String postcode() {
    return postcode;
  }
}
