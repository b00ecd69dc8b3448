package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import uk.nhs.icb.caseworkflows.bpmn.api.ProcessModels;
import uk.nhs.icb.caseworkflows.common.persistence.AppDataSource;

/**
 * Builds the engine when the application starts and closes it when it stops. The engine uses the
 * application's own datasource and the container's transaction manager, so every engine command
 * joins the transaction of the user action that caused it. Then the modules' BPMN models are
 * deployed, skipping any that have not changed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

  static final String ENGINE_NAME = "icb-case-workflows";
  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = AppDataSource.JNDI_NAME)
  private DataSource dataSource;

  // Payara's transaction manager; java:comp/TransactionManager does not exist there.
  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transactionManager;

  @Resource private ManagedThreadFactory managedThreadFactory;

  @Inject private EngineSettings settings;

  @Inject @Any private Instance<ProcessModels> processModels;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    CaseProcessEngineConfiguration configuration = new CaseProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(settings.schemaUpdate());
    configuration.setHistory(settings.history());
    configuration.setExpressionManager(new CdiExpressionManager());
    // Ids made on the node (time-based UUIDs) instead of blocks taken from one shared database row:
    // a block is fetched in a transaction of its own, which could wait behind a request holding the
    // audit chain's lock on PostgreSQL (seen once, see docs/reliability.md), and nodes sharing one
    // database would all contend for that row.
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutor(
        new BoundedJobExecutor(
            managedThreadFactory,
            settings.coreThreads(),
            settings.maxThreads(),
            settings.queueSize()));
    configuration.setJobExecutorActivate(settings.jobExecutorActive());
    // Identical nodes share one database: any node may run any job.
    configuration.setJobExecutorDeploymentAware(false);
    // Case data lives in JPA entities; Camunda's users and authorizations are not used.
    configuration.setDbIdentityUsed(false);
    configuration.setAuthorizationEnabled(false);
    engine = configuration.buildProcessEngine();
    deployModels();
  }

  private void deployModels() {
    Set<String> resources = new LinkedHashSet<>();
    processModels.forEach(models -> resources.addAll(models.resources()));
    List<ProcessDefinition> created =
        new ProcessModelDeployer(engine.getRepositoryService()).deploy(resources);
    LOG.info(
        () ->
            "BPMN models "
                + resources
                + ": new versions deployed "
                + created.stream().map(ProcessDefinition::getKey).toList());
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  @Produces
  @Lock(LockType.READ)
  public ProcessEngine engine() {
    return engine;
  }
}
