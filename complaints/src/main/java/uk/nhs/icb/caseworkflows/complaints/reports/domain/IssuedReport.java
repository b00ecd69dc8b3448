package uk.nhs.icb.caseworkflows.complaints.reports.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.figures.domain.ReportingPeriod;

/**
 * A report that left the system as a document: which report, for which period, when and by whom it
 * was issued, and which service-user stories it carried (their ids only, never their text). If a
 * story's consent is later withdrawn, this is how the IG officer finds the copies to recall. It
 * holds nothing about any complaint.
 */
@Entity
@Table(name = "complaint_issued_report")
public class IssuedReport {

  /** Which report was issued. */
  public enum Kind {
    GOVERNING_BODY("The governing body's complaints report"),
    ANNUAL("The annual complaints report (regulation 18)");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "period_label", nullable = false, length = 80)
  private String periodLabel;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @ElementCollection
  @CollectionTable(
      name = "complaint_issued_report_story",
      joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  @Column(name = "story_id", nullable = false, length = 64)
  private List<String> storyIds = new ArrayList<>();

  protected IssuedReport() {}

  public static IssuedReport issued(
      Kind kind, ReportingPeriod period, List<String> storyIds, Instant at, String by) {
    IssuedReport report = new IssuedReport();
    report.id = UUID.randomUUID().toString();
    report.kind = Objects.requireNonNull(kind, "kind");
    report.periodFrom = period.from();
    report.periodTo = period.to();
    report.periodLabel = period.label();
    report.issuedAt = Objects.requireNonNull(at, "at");
    report.issuedBy = Objects.requireNonNull(by, "by");
    report.storyIds.addAll(storyIds);
    return report;
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public ReportingPeriod period() {
    return new ReportingPeriod(periodFrom, periodTo, periodLabel);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public List<String> storyIds() {
    return List.copyOf(storyIds);
  }

  public boolean carried(String storyId) {
    return storyIds.contains(storyId);
  }
}
