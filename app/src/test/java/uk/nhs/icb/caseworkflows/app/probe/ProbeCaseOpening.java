package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;

/**
 * A user action in the shape every case module's will have: entity, process and audit in one
 * transaction.
 */
@ApplicationScoped
public class ProbeCaseOpening {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  @Inject private CaseProcesses processes;
  @Inject private AuditTrail auditTrail;

  @Transactional
  public void open(String id, Instant due, boolean failAfterStart) {
    ProbeCase probe = new ProbeCase(id, "PRB-" + id.substring(0, 8));
    entityManager.persist(probe);
    entityManager.flush();
    processes.start(
        "platform-probe",
        new CaseKey("probe", id, probe.reference()),
        Map.of("due", Date.from(due)));
    auditTrail.record(AuditEntry.change("PROBE_OPENED", "probe", id, "reference"));
    if (failAfterStart) {
      throw new IllegalStateException(
          "probe: failing after the entity was stored and the process started");
    }
  }

  @Transactional
  public boolean isStored(String id) {
    return entityManager.find(ProbeCase.class, id) != null;
  }
}
