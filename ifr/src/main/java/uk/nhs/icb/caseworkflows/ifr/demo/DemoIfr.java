package uk.nhs.icb.caseworkflows.ifr.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nhs.icb.caseworkflows.common.demo.DemoData;
import uk.nhs.icb.caseworkflows.common.demo.SampleCases;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * Sample funding requests at each stage, on a development start when there are none, unless {@code
 * app.ifr.demo.enabled} is false.
 */
@Singleton
@Startup
@DependsOn({"AuditChainStart", "CaseReferenceCounterStart", "ProcessEngineBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoIfr {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private DemoIfrStories stories;

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  private String profile;

  // A switch for a development start without sample requests. Their timers fall due at start-up;
  // that once set off the job executor's "Transaction is not active" failures, since mended in
  // BoundedJobExecutor, and stays the busiest start-up the job executor sees.
  @Inject
  @ConfigProperty(name = "app.ifr.demo.enabled", defaultValue = "true")
  private boolean enabled;

  @PostConstruct
  void provideOnFirstStart() {
    if (!enabled) {
      return;
    }
    // Not implemented by this bean itself: an interface would become its EJB business view.
    new DemoData(profile)
        .provide(new SampleCases("sample funding requests", this::anyRequest, stories::tellAll));
  }

  private boolean anyRequest() {
    return entityManager
            .createQuery("select count(r) from FundingRequest r", Long.class)
            .getSingleResult()
        > 0;
  }
}
