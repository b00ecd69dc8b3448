package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.text.Text;

/** The organisation or service complained about, and the people the complainant names. */
@Embeddable
public class SubjectOfComplaint {

  @Column(name = "subject_organisation", nullable = false, length = 400)
  private String organisationOrService;

  @Column(name = "people_named", length = 2000)
  private String peopleNamed;

  protected SubjectOfComplaint() {}

  public SubjectOfComplaint(String organisationOrService, List<String> peopleNamed) {
    this.organisationOrService =
        Text.required(organisationOrService, "the organisation or service complained about");
    this.peopleNamed = Text.joinLines(peopleNamed);
  }

  public String organisationOrService() {
    return organisationOrService;
  }

  public List<String> peopleNamed() {
    return Text.splitLines(peopleNamed);
  }
}
