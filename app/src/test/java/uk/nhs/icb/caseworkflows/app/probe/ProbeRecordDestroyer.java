package uk.nhs.icb.caseworkflows.app.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;

/**
 * Destroys a closed probe case on the information-governance officer's decision: the kit erases
 * what every case keeps beside it and, as the probe keeps nothing else, the case itself.
 */
@ApplicationScoped
public class ProbeRecordDestroyer implements RecordDestroyer {

  @PersistenceContext(unitName = "icb")
  private EntityManager entityManager;

  @Inject private ProbeStore store;
  @Inject private CaseRecordErasure erasure;

  @Override
  public String recordType() {
    return ProbeCase.TYPE;
  }

  @Override
  public List<String> destroy(String caseId) {
    return erasure.destroy(
        ProbeCase.TYPE, caseId, new CaseFileErasure<>(store, entityManager, "the probe case"));
  }
}
