package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the engine answers a query against its own tables. */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

  @Inject private ProcessEngine engine;

  @Override
  public HealthCheckResponse call() {
    try {
      long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();
      return HealthCheckResponse.named("process-engine")
          .up()
          .withData("processDefinitions", definitions)
          .withData("jobExecutorActive", jobExecutorActive())
          .build();
    } catch (RuntimeException unavailable) {
      return HealthCheckResponse.named("process-engine").down().build();
    }
  }

  private boolean jobExecutorActive() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor()
        .isActive();
  }
}
