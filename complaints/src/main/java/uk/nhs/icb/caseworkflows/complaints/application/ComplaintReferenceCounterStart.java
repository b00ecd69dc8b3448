package uk.nhs.icb.caseworkflows.complaints.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.icb.caseworkflows.common.calendar.WorkingDayCalendar;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReferenceCounter;

/** Creates the reference counter on a new database before any complaint can be received. */
@Singleton
@Startup
public class ComplaintReferenceCounterStart {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private Clock clock;

  @PostConstruct
  void createIfNew() {
    if (entityManager.find(ComplaintReferenceCounter.class, ComplaintReferenceCounter.THE_ONLY_ID)
        == null) {
      int year = LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)).getYear();
      entityManager.persist(ComplaintReferenceCounter.startingIn(year));
    }
  }
}
