package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.documents.domain.AttachedTo;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * Something the investigation of a complaint gathered: the provider's account, a document, a
 * statement, clinical advice; kept beside the file rather than in it, and only recorded while the
 * complaint is being investigated. Documents (the provider's letter, a call log, a photograph) are
 * attached to it in the same period: once the investigation is finished the response is drafted
 * from what was gathered, so nothing is added after that. Its documents can be read for as long as
 * the complaint is kept.
 */
@Entity
@Table(
    name = "complaint_evidence",
    indexes = @Index(name = "complaint_evidence_complaint", columnList = "complaint_id"))
public class InvestigationEvidence {

  /** How the document store names what a complaint's documents are attached to. */
  public static final String ATTACHMENT_KIND = "evidence";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private EvidenceKind kind;

  @Column(name = "summary", nullable = false, length = 5000)
  private String summary;

  @Column(name = "source", nullable = false, length = 300)
  private String source;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected InvestigationEvidence() {}

  public static InvestigationEvidence record(
      Complaint complaint,
      EvidenceKind kind,
      String summary,
      String source,
      LocalDate receivedOn,
      Instant at,
      String by) {
    requireBeingInvestigated(complaint, "Evidence is recorded");
    InvestigationEvidence evidence = new InvestigationEvidence();
    evidence.id = UUID.randomUUID().toString();
    evidence.complaintId = complaint.id();
    evidence.kind = Objects.requireNonNull(kind, "kind");
    evidence.summary = Text.required(summary, "a summary of the evidence");
    evidence.source = Text.required(source, "where the evidence came from");
    evidence.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
    if (receivedOn.isAfter(Text.londonDate(at))) {
      throw new ComplaintRuleException("Evidence cannot have been received in the future.");
    }
    evidence.recordedAt = at;
    evidence.recordedBy = Text.required(by, "who recorded the evidence");
    return evidence;
  }

  /** What its documents are attached to, in the case's document store. */
  public AttachedTo asAttachment() {
    return new AttachedTo(ATTACHMENT_KIND, id);
  }

  /** Whether it is evidence of this complaint: through any other, it is not found. */
  public boolean isOf(String complaintId) {
    return this.complaintId.equals(complaintId);
  }

  /** A document may be attached while the complaint it is evidence of is being investigated. */
  public void requireMayTakeDocuments(Complaint complaint) {
    requireBeingInvestigated(complaint, "Documents are attached to evidence");
  }

  private static void requireBeingInvestigated(Complaint complaint, String what) {
    if (complaint.status() != ComplaintStatus.PLANNED
        && complaint.status() != ComplaintStatus.INVESTIGATING) {
      throw new ComplaintRuleException(
          what
              + " while the complaint is being investigated; complaint "
              + complaint.reference().formatted()
              + " is "
              + complaint.status().description()
              + ".");
    }
  }

  public String id() {
    return id;
  }

  public EvidenceKind kind() {
    return kind;
  }

  public String summary() {
    return summary;
  }

  public String source() {
    return source;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
