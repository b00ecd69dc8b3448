package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * The ICB asking the organisation complained about for its response: what was asked, by when, by
 * whom. It is answered when the provider's response is recorded as evidence after it; until then a
 * reminder and, once the date has passed, an escalation follow it.
 */
@Entity
@Table(
    name = "complaint_provider_request",
    indexes = @Index(name = "complaint_provider_request_complaint", columnList = "complaint_id"))
public class ProviderResponseRequest {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @Column(name = "what_is_asked", nullable = false, length = 5000)
  private String whatIsAsked;

  @Column(name = "due_by", nullable = false)
  private LocalDate dueBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  protected ProviderResponseRequest() {}

  /** Only while the complaint is investigated, of the organisation already told about it. */
  public static ProviderResponseRequest ask(
      Complaint complaint, String whatIsAsked, LocalDate dueBy, Instant at, String by) {
    if (complaint.status() != ComplaintStatus.INVESTIGATING) {
      throw new ComplaintRuleException(
          "The provider's response is requested while the complaint is being investigated.");
    }
    if (complaint.disclosureLog().disclosures().isEmpty()) {
      throw new ComplaintRuleException(
          "The organisation complained about has not been told of the complaint yet.");
    }
    Objects.requireNonNull(dueBy, "dueBy");
    if (!dueBy.isAfter(Text.londonDate(at))) {
      throw new IllegalArgumentException("the response must be due after today");
    }
    ProviderResponseRequest request = new ProviderResponseRequest();
    request.id = UUID.randomUUID().toString();
    request.complaintId = complaint.id();
    request.whatIsAsked = Text.required(whatIsAsked, "what the provider is asked");
    request.dueBy = dueBy;
    request.requestedAt = at;
    request.requestedBy = Text.required(by, "who asked");
    return request;
  }

  /** Answered by the provider's response recorded at or after this request was made. */
  public boolean isAnsweredBy(InvestigationEvidence evidence) {
    return evidence.kind() == EvidenceKind.PROVIDER_RESPONSE
        && !evidence.recordedAt().isBefore(requestedAt);
  }

  public String id() {
    return id;
  }

  public String complaintId() {
    return complaintId;
  }

  public String whatIsAsked() {
    return whatIsAsked;
  }

  public LocalDate dueBy() {
    return dueBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }
}
