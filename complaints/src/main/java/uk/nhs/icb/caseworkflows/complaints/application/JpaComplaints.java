package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.reference.application.CaseReferences;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/** Complaint files in the shared database, within the caller's transaction. */
@ApplicationScoped
public class JpaComplaints implements Complaints {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private CaseReferences references;

  @Override
  public ComplaintReference nextReference(int year) {
    return ComplaintReference.of(references.next(ComplaintReference.PREFIX, year));
  }

  @Override
  public void add(Complaint complaint) {
    entityManager.persist(complaint);
  }

  @Override
  public Optional<Complaint> find(String id) {
    return Optional.ofNullable(entityManager.find(Complaint.class, id));
  }

  @Override
  public Optional<Complaint> findByReference(ComplaintReference reference) {
    return entityManager
        .createQuery("select c from Complaint c where c.reference = :reference", Complaint.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }
}
