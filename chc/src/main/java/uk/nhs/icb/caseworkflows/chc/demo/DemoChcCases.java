package uk.nhs.icb.caseworkflows.chc.demo;

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
 * Made-up CHC cases at different stages, on a development start with no CHC case yet; never in
 * production.
 */
@Singleton
@Startup
@DependsOn({"AuditChainStart", "CaseReferenceCounterStart", "ProcessEngineBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoChcCases {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private DemoChcStories stories;

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  private String profile;

  @PostConstruct
  void provideOnFirstStart() {
    new DemoData(profile)
        .provide(new SampleCases("sample CHC cases", this::anyCase, stories::tellAll));
  }

  private boolean anyCase() {
    return entityManager.createQuery("select count(c) from ChcCase c", Long.class).getSingleResult()
        > 0;
  }
}
