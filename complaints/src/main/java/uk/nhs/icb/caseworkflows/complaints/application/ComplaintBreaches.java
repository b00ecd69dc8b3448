package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.errors.ForbiddenProblem;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.security.Roles;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintStatus;
import uk.nhs.icb.caseworkflows.complaints.domain.DeadlineBreach;

/**
 * The complaints manager's breaches view: every deadline an open complaint missed, as the process
 * escalated it (the breaches recorded on the complaint, not the audit trail), the most recent
 * first. Only a complaints manager may read it, and each reading is audited.
 */
@ApplicationScoped
public class ComplaintBreaches {

  /** One missed deadline of an open complaint. */
  public record Breach(
      String complaintId,
      String reference,
      ComplaintStatus status,
      DeadlineBreach.Kind kind,
      LocalDate dueOn,
      Instant escalatedAt,
      LocalDate responseDue) {

    public String description() {
      return kind.description();
    }
  }

  private static final Set<String> MAY_READ = Set.of(Roles.COMPLAINTS_MANAGER);

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final AuditTrail auditTrail;
  private final CurrentCaller caller;

  @Inject
  public ComplaintBreaches(AuditTrail auditTrail, CurrentCaller caller) {
    this.auditTrail = auditTrail;
    this.caller = caller;
  }

  protected ComplaintBreaches() {
    this(null, null);
  }

  @Transactional
  public List<Breach> ofOpenComplaints() {
    if (!caller.get().hasAnyRole(MAY_READ)) {
      throw new ForbiddenProblem("Only a complaints manager sees the complaints' breaches.");
    }
    List<Complaint> breached =
        entityManager
            .createQuery(
                "select distinct c from Complaint c join c.breaches b where c.status <> :closed",
                Complaint.class)
            .setParameter("closed", ComplaintStatus.CLOSED)
            .getResultList();
    List<Breach> breaches =
        breached.stream()
            .flatMap(
                complaint ->
                    complaint.breaches().stream()
                        .map(
                            breach ->
                                new Breach(
                                    complaint.id(),
                                    complaint.reference().formatted(),
                                    complaint.status(),
                                    breach.kind(),
                                    breach.dueOn(),
                                    breach.escalatedAt(),
                                    complaint.timetable().responseDue().orElse(null))))
            .sorted(Comparator.comparing(Breach::escalatedAt).reversed())
            .toList();
    auditTrail.record(
        AuditEntry.read(
            "COMPLAINT_BREACHES_VIEWED",
            Complaint.CASE_TYPE,
            null,
            breaches.size() + " breaches of open complaints"));
    return breaches;
  }
}
