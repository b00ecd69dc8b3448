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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

  private static final Logger LOG = Logger.getLogger(DemoComplaints.class.getName());

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  @Inject private DemoComplaintStories stories;

  @Inject
  @ConfigProperty(name = "app.profile", defaultValue = "development")
  private String profile;

  @PostConstruct
  void provideOnFirstStart() {
    if ("production".equalsIgnoreCase(profile) || anyComplaintExists()) {
      return;
    }
    try {
      int told = stories.tellAll();
      LOG.info(() -> "Development profile: " + told + " sample complaints created");
    } catch (RuntimeException failed) {
      // The application is still usable without them; the container tests notice their absence.
      LOG.log(Level.WARNING, "Sample complaints could not all be created", failed);
    }
  }

  private boolean anyComplaintExists() {
    return entityManager
            .createQuery("select count(c) from Complaint c", Long.class)
            .getSingleResult()
        > 0;
  }
}
