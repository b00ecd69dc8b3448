package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.reference.application.ReferenceSeries;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;

/** The complaints' series of references, "CMP-…", numbered on from any complaint already stored. */
@ApplicationScoped
public class ComplaintReferenceSeries implements ReferenceSeries {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public String prefix() {
    return ComplaintReference.PREFIX;
  }

  @Override
  public int lastIssuedIn(int year) {
    // The stored form sorts as the numbers do: the prefix, the year and six digits, zero-padded.
    Object highest =
        entityManager
            .createNativeQuery("select max(reference) from complaint where reference like ?1")
            .setParameter(1, ComplaintReference.PREFIX + "-" + year + "-%")
            .getSingleResult();
    return highest == null ? 0 : ComplaintReference.parse(highest.toString()).sequence();
  }
}
