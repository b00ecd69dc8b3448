package uk.nhs.icb.caseworkflows.ifr.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The service-development signal: requests for one treatment reached the threshold within its
 * window, so the coordinator is asked to put the treatment to the policy process. It links the
 * requests that made the pattern; one is raised per treatment per window.
 */
@Entity
@Table(name = "ifr_policy_signal")
public class PolicySignal {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "treatment_code", nullable = false, length = 40)
  private String treatmentCode;

  @Column(name = "raised_on", nullable = false)
  private LocalDate raisedOn;

  @ElementCollection
  @CollectionTable(
      name = "ifr_policy_signal_request",
      joinColumns = @JoinColumn(name = "signal_id"))
  @OrderColumn(name = "position")
  @Column(name = "request_id", nullable = false, length = 36)
  private List<String> requestIds = new ArrayList<>();

  @Column(name = "referred_on")
  private LocalDate referredOn;

  protected PolicySignal() {}

  public static PolicySignal raise(String treatmentCode, List<String> requestIds, LocalDate on) {
    PolicySignal signal = new PolicySignal();
    signal.id = UUID.randomUUID().toString();
    signal.treatmentCode = treatmentCode;
    signal.requestIds.addAll(requestIds);
    signal.raisedOn = on;
    return signal;
  }

  /** The coordinator put the treatment to the policy process. */
  public void referToPolicy(LocalDate on) {
    this.referredOn = on;
  }

  public String id() {
    return id;
  }

  /** "SIG-" and the first part of its id: a signal has no case reference of its own. */
  public String reference() {
    return "SIG-" + id.substring(0, 8);
  }

  public String treatmentCode() {
    return treatmentCode;
  }

  public LocalDate raisedOn() {
    return raisedOn;
  }

  public List<String> requestIds() {
    return List.copyOf(requestIds);
  }

  /** When the coordinator put it to the policy process, if they have. */
  public java.util.Optional<LocalDate> referredOn() {
    return java.util.Optional.ofNullable(referredOn);
  }

  public boolean isReferred() {
    return referredOn != null;
  }
}
