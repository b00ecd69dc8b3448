package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The organisation or service complained about, the people the complainant names, and whether the
 * complaint is about the ICB itself rather than a provider it commissions.
 */
@Embeddable
public class SubjectOfComplaint {

  @Column(name = "subject_organisation", nullable = false, length = 400)
  private String organisationOrService;

  @Column(name = "people_named", length = 2000)
  private String peopleNamed;

  // Nullable so that files made before the column existed read as about a provider.
  @Column(name = "about_the_icb")
  private Boolean aboutTheIcb;

  protected SubjectOfComplaint() {}

  public SubjectOfComplaint(String organisationOrService, List<String> peopleNamed) {
    this(organisationOrService, peopleNamed, false);
  }

  /**
   * @param aboutTheIcb the complaint is about the ICB itself (its commissioning decisions, its own
   *     staff or services): no notice goes to a provider, and the ICB investigates and responds
   */
  public SubjectOfComplaint(
      String organisationOrService, List<String> peopleNamed, boolean aboutTheIcb) {
    this.organisationOrService =
        Text.required(organisationOrService, "the organisation or service complained about");
    this.peopleNamed = Text.joinLines(peopleNamed);
    this.aboutTheIcb = aboutTheIcb;
  }

  public boolean isTheIcbItself() {
    return Boolean.TRUE.equals(aboutTheIcb);
  }

  public String organisationOrService() {
    return organisationOrService;
  }

  public List<String> peopleNamed() {
    return Text.splitLines(peopleNamed);
  }
}
