package uk.nhs.icb.caseworkflows.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uk.nhs.icb.caseworkflows.common.text.Text;

/**
 * A member of staff named in the complaint was told of it and offered support (PHSO NHS Complaint
 * Standards: staff are told promptly, kept informed and supported). Kept on the file: who, in what
 * role, when they were told, what support was offered and whether they took it up.
 */
@Entity
@Table(name = "complaint_staff_informed")
public class StaffInformed {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "complaint_id", nullable = false, length = 36)
  private String complaintId;

  @Column(name = "staff_name", nullable = false, length = 300)
  private String staffName;

  @Column(name = "staff_role", nullable = false, length = 300)
  private String role;

  @Column(name = "told_on", nullable = false)
  private LocalDate toldOn;

  @Column(name = "support_offered", nullable = false, length = 2000)
  private String supportOffered;

  @Column(name = "support_accepted", nullable = false)
  private boolean supportAccepted;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected StaffInformed() {}

  public StaffInformed(
      Complaint complaint,
      String staffName,
      String role,
      LocalDate toldOn,
      String supportOffered,
      boolean supportAccepted,
      Instant at,
      String by) {
    if (toldOn.isBefore(complaint.receipt().receivedOn()) || toldOn.isAfter(Text.londonDate(at))) {
      throw new ComplaintRuleException(
          "Staff are told of the complaint between its receipt ("
              + complaint.receipt().receivedOn()
              + ") and today.");
    }
    this.id = UUID.randomUUID().toString();
    this.complaintId = complaint.id();
    this.staffName = Text.required(staffName, "the staff member's name");
    this.role = Text.required(role, "their role");
    this.toldOn = Objects.requireNonNull(toldOn, "toldOn");
    this.supportOffered = Text.required(supportOffered, "the support offered");
    this.supportAccepted = supportAccepted;
    this.recordedAt = at;
    this.recordedBy = Text.required(by, "who recorded it");
  }

  public String id() {
    return id;
  }

  public String complaintId() {
    return complaintId;
  }

  public String staffName() {
    return staffName;
  }

  public String role() {
    return role;
  }

  public LocalDate toldOn() {
    return toldOn;
  }

  public String supportOffered() {
    return supportOffered;
  }

  public boolean supportAccepted() {
    return supportAccepted;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
