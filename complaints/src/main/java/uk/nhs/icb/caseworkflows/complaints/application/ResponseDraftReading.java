package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.ResponseDraft;

/** The draft response of a complaint, for the manager who signs it off. */
@ApplicationScoped
public class ResponseDraftReading {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  /** The draft waiting for sign-off, if the handler wrote one. */
  public Optional<ResponseDraft> draftOf(String complaintId) {
    return Optional.ofNullable(entityManager.find(ResponseDraft.class, complaintId));
  }
}
