package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReferenceCounter;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;

/** Complaint files in the shared database, within the caller's transaction. */
@ApplicationScoped
public class JpaComplaints implements Complaints {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public ComplaintReference nextReference(int year) {
    ComplaintReferenceCounter counter =
        entityManager.find(
            ComplaintReferenceCounter.class,
            ComplaintReferenceCounter.THE_ONLY_ID,
            LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      throw new IllegalStateException("the complaint reference counter has not been created");
    }
    return counter.next(year);
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
