package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * How the complaint is counted in the national written-complaints return (KO41a) and so in the
 * governing body's and annual reports: its subjects, service areas, the professions of the staff
 * concerned, the complainant's status and the patient's age band, whether that band came from the
 * date of birth, and who coded it when. Codes only: nothing here identifies anyone. Before it is
 * coded a complaint has an empty coding.
 */
@Embeddable
public class ComplaintCoding {

  @Column(name = "coded_complainant_status", length = 40)
  private String complainantStatus;

  @Column(name = "coded_patient_age_band", length = 40)
  private String patientAgeBand;

  @Column(name = "age_band_from_birth_date")
  private Boolean ageBandFromBirthDate;

  @Column(name = "coded_at")
  private Instant codedAt;

  @Column(name = "coded_by", length = 100)
  private String codedBy;

  // Mapped on the complaint, as EclipseLink cannot map a collection inside an embeddable.
  @Transient private List<String> subjects;
  @Transient private List<String> serviceAreas;
  @Transient private List<String> professions;

  /** Not yet coded. */
  protected ComplaintCoding() {}

  ComplaintCoding of(List<String> subjects, List<String> serviceAreas, List<String> professions) {
    this.subjects = subjects;
    this.serviceAreas = serviceAreas;
    this.professions = professions;
    return this;
  }

  /** Coding again replaces the whole coding. */
  ComplaintCoding recorded(CodingChoice checked, boolean fromBirthDate, Instant at, String by) {
    replace(subjects, checked.subjects());
    replace(serviceAreas, checked.serviceAreas());
    replace(professions, checked.professions());
    complainantStatus = checked.complainantStatus();
    patientAgeBand = checked.patientAgeBand();
    ageBandFromBirthDate = fromBirthDate;
    codedAt = at;
    codedBy = Text.required(by, "who coded the complaint");
    return this;
  }

  private static void replace(List<String> stored, List<String> codes) {
    stored.clear();
    stored.addAll(codes);
  }

  public boolean isCoded() {
    return codedAt != null;
  }

  public List<String> subjects() {
    return List.copyOf(subjects);
  }

  public List<String> serviceAreas() {
    return List.copyOf(serviceAreas);
  }

  /** Empty when no member of staff is concerned. */
  public List<String> professions() {
    return List.copyOf(professions);
  }

  public String complainantStatus() {
    return complainantStatus;
  }

  public String patientAgeBand() {
    return patientAgeBand;
  }

  public boolean ageBandFromBirthDate() {
    return Boolean.TRUE.equals(ageBandFromBirthDate);
  }

  public Optional<Instant> codedAt() {
    return Optional.ofNullable(codedAt);
  }

  public String codedBy() {
    return codedBy;
  }

  /** What the audit entry says: the codes, nothing personal. */
  public String summary() {
    return "subjects "
        + String.join(",", subjects)
        + "; service areas "
        + String.join(",", serviceAreas)
        + "; professions "
        + (professions.isEmpty() ? "none" : String.join(",", professions))
        + "; complainant status "
        + complainantStatus
        + "; patient age band "
        + patientAgeBand
        + (ageBandFromBirthDate() ? " (from date of birth)" : "");
  }
}
