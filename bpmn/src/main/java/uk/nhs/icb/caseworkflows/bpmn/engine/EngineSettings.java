package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engine's settings from MicroProfile Config (environment variables such as
 * APP_ENGINE_JOB_EXECUTOR_MAX_THREADS work too). Keep max threads plus queue well below the
 * datasource's pool size, which the HTTP threads share.
 */
@ApplicationScoped
public class EngineSettings {

  @Inject
  @ConfigProperty(name = "app.engine.schema-update", defaultValue = "true")
  String schemaUpdate;

  @Inject
  @ConfigProperty(name = "app.engine.history", defaultValue = "full")
  String history;

  @Inject
  @ConfigProperty(name = "app.engine.job-executor.active", defaultValue = "true")
  boolean jobExecutorActive;

  @Inject
  @ConfigProperty(name = "app.engine.job-executor.core-threads", defaultValue = "3")
  int coreThreads;

  @Inject
  @ConfigProperty(name = "app.engine.job-executor.max-threads", defaultValue = "5")
  int maxThreads;

  @Inject
  @ConfigProperty(name = "app.engine.job-executor.queue-size", defaultValue = "3")
  int queueSize;

  public String schemaUpdate() {
    return schemaUpdate;
  }

  public String history() {
    return history;
  }

  public boolean jobExecutorActive() {
    return jobExecutorActive;
  }

  public int coreThreads() {
    return coreThreads;
  }

  public int maxThreads() {
    return maxThreads;
  }

  public int queueSize() {
    return queueSize;
  }
}
