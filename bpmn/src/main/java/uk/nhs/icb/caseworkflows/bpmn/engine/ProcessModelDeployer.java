package uk.nhs.icb.caseworkflows.bpmn.engine;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys the modules' BPMN models as one named deployment. Camunda's duplicate filtering compares
 * each model with the last deployed one of that name: an unchanged model is skipped (no new process
 * version on a restart), a changed one becomes the next version.
 */
public class ProcessModelDeployer {

  static final String DEPLOYMENT_NAME = "icb-case-workflows";

  private final RepositoryService repository;

  public ProcessModelDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  /** Deploys what changed; returns the process definitions that are new (empty if none changed). */
  public List<ProcessDefinition> deploy(Collection<String> classpathResources) {
    if (classpathResources.isEmpty()) {
      return List.of();
    }
    DeploymentBuilder deployment =
        repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
    classpathResources.forEach(deployment::addClasspathResource);
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    List<ProcessDefinition> created = deployed.getDeployedProcessDefinitions();
    return created == null ? List.of() : created;
  }
}
