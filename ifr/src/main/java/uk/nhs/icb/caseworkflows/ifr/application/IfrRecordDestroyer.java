package uk.nhs.icb.caseworkflows.ifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseFileErasure;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.retention.application.CaseRecordErasure;
import uk.nhs.icb.caseworkflows.common.retention.application.RecordDestroyer;
import uk.nhs.icb.caseworkflows.ifr.domain.FundingRequest;

/**
 * Destroys a closed funding request on the information-governance officer's decision: the kit
 * erases consents, documents, letters, the caseworker history and the engine history; the request
 * keeps nothing else beside itself (a panel meeting lists it by id only, and its minutes keep no
 * identity).
 */
@ApplicationScoped
public class IfrRecordDestroyer implements RecordDestroyer {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  private final IfrSteps steps;
  private final CaseRecordErasure erasure;

  @Inject
  public IfrRecordDestroyer(IfrSteps steps, CaseRecordErasure erasure) {
    this.steps = steps;
    this.erasure = erasure;
  }

  protected IfrRecordDestroyer() {
    this(null, null);
  }

  @Override
  public String recordType() {
    return FundingRequest.CASE_TYPE;
  }

  @Override
  public List<String> destroy(String requestId) {
    return erasure.destroy(
        FundingRequest.CASE_TYPE,
        requestId,
        new CaseFileErasure<>(steps.files(), entityManager, "the funding request"));
  }
}
