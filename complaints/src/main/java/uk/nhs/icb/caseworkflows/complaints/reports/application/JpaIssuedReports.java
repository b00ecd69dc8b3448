package uk.nhs.icb.caseworkflows.complaints.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReport;
import uk.nhs.icb.caseworkflows.complaints.reports.domain.IssuedReports;

/** {@link IssuedReports} in the application's database. */
@ApplicationScoped
public class JpaIssuedReports implements IssuedReports {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Override
  public void add(IssuedReport report) {
    entityManager.persist(report);
  }

  @Override
  public List<IssuedReport> carryingAnyOf(Collection<String> storyIds) {
    if (storyIds.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "select distinct r from IssuedReport r join r.storyIds s where s in :ids"
                + " order by r.issuedAt desc",
            IssuedReport.class)
        .setParameter("ids", storyIds)
        .getResultList();
  }
}
