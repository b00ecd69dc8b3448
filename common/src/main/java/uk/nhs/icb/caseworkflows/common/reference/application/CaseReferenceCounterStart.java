package uk.nhs.icb.caseworkflows.common.reference.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.common.reference.domain.CaseReferenceCounter;

/** Creates each series' counter on a new database before any case can be received. */
@Singleton
@Startup
public class CaseReferenceCounterStart {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private Clock clock;

  @Inject @Any private Instance<ReferenceSeries> series;

  @PostConstruct
  void createIfNew() {
    int year = LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)).getYear();
    for (ReferenceSeries one : series) {
      if (entityManager.find(CaseReferenceCounter.class, one.prefix()) == null) {
        entityManager.persist(
            CaseReferenceCounter.startingAfter(one.prefix(), year, one.lastIssuedIn(year)));
      }
    }
  }
}
