package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.errors.ConflictProblem;
import uk.nhs.icb.caseworkflows.common.errors.NotFoundProblem;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;

/**
 * Destroys a closed probe case on the information-governance officer's decision: the kit erases
 * what every case keeps beside it; the probe keeps nothing else, so only its own row is left to go.
 */
@ApplicationScoped
public class ProbeRecordDestroyer implements RecordDestroyer, CaseRecordErasure.OwnRecords {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  @Inject private CaseRecordErasure erasure;

  @Override
  public String recordType() {
    return ProbeCase.TYPE;
  }

  @Override
  public List<String> destroy(String caseId) {
    return erasure.destroy(ProbeCase.TYPE, caseId, this);
  }

  @Override
  public String nameForCertificate(String caseId) {
    ProbeCase probe =
        Optional.ofNullable(entityManager.find(ProbeCase.class, caseId))
            .orElseThrow(() -> new NotFoundProblem("No probe case has the id " + caseId + "."));
    if (probe.isClosed()) {
      return "the probe case " + probe.reference();
    }
    throw new ConflictProblem("Probe case " + probe.reference() + " is still being reviewed.");
  }

  @Override
  public List<String> destroyBeside(String caseId) {
    return List.of();
  }

  @Override
  public void destroyCase(String caseId) {
    entityManager.remove(entityManager.find(ProbeCase.class, caseId));
  }
}
