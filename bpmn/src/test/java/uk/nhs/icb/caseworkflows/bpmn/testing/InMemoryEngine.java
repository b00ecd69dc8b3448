package uk.nhs.icb.caseworkflows.bpmn.testing;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/** A throwaway engine on its own in-memory H2 database, for tests without a container. */
public final class InMemoryEngine {

  private InMemoryEngine() {}

  public static ProcessEngine start() {
    return ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("test-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
  }
}
