package uk.nhs.icb.caseworkflows.complaints.demo;

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
 * Tells the sample complaints' stories on the first development start, when there is no complaint
 * at all yet. Each use case runs in a transaction of its own, as it would from a handler's click.
 * The actor in their history is the system, which is true: nobody signed in made them.
 */
@Singleton
@Startup
@DependsOn({"AuditChainStart", "CaseReferenceCounterStart", "ProcessEngineBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoComplaints {

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private DemoComplaintStories stories;

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  private String profile;

  @PostConstruct
  void provideOnFirstStart() {
    // Not implemented by this bean itself: an interface would become its EJB business view.
    new DemoData(profile)
        .provide(new SampleCases("sample complaints", this::anyComplaint, stories::tellAll));
  }

  private boolean anyComplaint() {
    return entityManager
            .createQuery("select count(c) from Complaint c", Long.class)
            .getSingleResult()
        > 0;
  }
}
