package uk.nhs.icb.caseworkflows.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.testing.InMemoryEngine;

class ProcessModelDeployerTest {

  private ProcessEngine engine;
  private ProcessModelDeployer deployer;

  @BeforeEach
  void startEngine() {
    engine = InMemoryEngine.start();
    deployer = new ProcessModelDeployer(engine.getRepositoryService());
  }

  @AfterEach
  void stopEngine() {
    engine.close();
  }

  @Test
  void theFirstStartDeploysTheModelAsVersionOne() {
    List<ProcessDefinition> created = deployer.deploy(List.of("models/probe-review.bpmn"));

    assertThat(created).extracting(ProcessDefinition::getKey).containsExactly("probe-review");
    assertThat(created.get(0).getVersion()).isEqualTo(1);
  }

  @Test
  void aRestartWithTheSameModelCreatesNoNewVersion() {
    deployer.deploy(List.of("models/probe-review.bpmn"));

    List<ProcessDefinition> created = deployer.deploy(List.of("models/probe-review.bpmn"));

    assertThat(created).isEmpty();
    assertThat(
            engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey("probe-review")
                .count())
        .isEqualTo(1);
  }

  @Test
  void noModelsMeansNoDeployment() {
    assertThat(deployer.deploy(List.of())).isEmpty();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
  }
}
