package uk.nhs.icb.caseworkflows.chc.process.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.chc.application.ChcTask;

/** The shape of chc.bpmn as the module relies on it: its steps, who does them, what it calls. */
class ChcModelTest {

  private static BpmnModelInstance model() {
    InputStream in =
        ChcModelTest.class.getClassLoader().getResourceAsStream(ChcProcessHarness.MODEL);
    return Bpmn.readModelFromStream(in);
  }

  @Test
  void everyUserTaskIsAChcTaskAndEveryChcTaskIsInTheModel() {
    Collection<UserTask> tasks = model().getModelElementsByType(UserTask.class);

    assertThat(tasks.stream().map(UserTask::getId))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ChcTask.values()).map(ChcTask::key).toList());
  }

  @Test
  void onlyThePanelDecidesAndAssessorsDoEverythingElse() {
    Map<String, String> groups =
        model().getModelElementsByType(UserTask.class).stream()
            .collect(Collectors.toMap(UserTask::getId, UserTask::getCamundaCandidateGroups));

    assertThat(groups)
        .containsEntry("decide-eligibility", "chc-panel")
        .containsEntry("record-consent", "chc-assessor")
        .containsEntry("complete-checklist", "chc-assessor")
        .containsEntry("full-assessment", "chc-assessor")
        .containsEntry("consider-fnc", "chc-assessor");
  }

  @Test
  void itKeepsItsHistoryForATimeAndCallsOnlyTheChcDelegates() {
    BpmnModelInstance model = model();
    Process process = model.getModelElementById("chc");

    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(
            model.getModelElementsByType(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaDelegateExpression)
                .distinct())
        .containsExactlyInAnyOrder("${chcLetters}", "${chcClosure}", "${chcEscalation}");
  }
}
