package uk.nhs.icb.caseworkflows.common.party.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The patient a case is about, when someone else acts for them. The NHS number is the identifier
 * that lets the ICB find the right records; it is optional because a representative often does not
 * know it. Their own communication needs (a letter may go to them, a meeting may include them) are
 * recorded on them, apart from those of whoever acts for them.
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

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "codes",
        column = @Column(name = "affected_communication_needs", length = 200)),
    @AttributeOverride(
        name = "note",
        column = @Column(name = "affected_communication_needs_note", length = 500))
  })
  private CommunicationNeeds communicationNeeds;

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

  /** None when nothing is recorded (JPA reads all-empty columns back as null). */
  public CommunicationNeeds communicationNeeds() {
    return communicationNeeds == null ? CommunicationNeeds.none() : communicationNeeds;
  }

  /** Records (or replaces) how this person needs the ICB to communicate with them. */
  public void recordCommunicationNeeds(CommunicationNeeds needs) {
    this.communicationNeeds = needs == null || needs.isNone() ? null : needs;
  }
}
