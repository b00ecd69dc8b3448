package uk.nhs.icb.caseworkflows.chc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileErasure;
import uk.nhs.icb.caseworkflows.chc.domain.ChcCase;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;

/**
 * Destroys a closed CHC case at the end of its retention: the kit erases what every case keeps
 * beside it (consents and capacity assessments, letters, documents, history); the case goes last,
 * and its Checklist and Decision Support Tool with it (they belong to the case alone).
 */
@ApplicationScoped
public class ChcRecordDestroyer implements RecordDestroyer {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final ChcSteps steps;
  private final CaseRecordErasure erasure;

  @Inject
  public ChcRecordDestroyer(ChcSteps steps, CaseRecordErasure erasure) {
    this.steps = steps;
    this.erasure = erasure;
  }

  protected ChcRecordDestroyer() {
    this(null, null);
  }

  @Override
  public String recordType() {
    return ChcCase.CASE_TYPE;
  }

  @Override
  public List<String> destroy(String caseId) {
    return erasure.destroy(
        ChcCase.CASE_TYPE,
        caseId,
        new CaseFileErasure<>(steps.files(), entityManager, "the CHC case"));
  }
}
