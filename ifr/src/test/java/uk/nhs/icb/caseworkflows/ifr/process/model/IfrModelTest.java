package uk.nhs.icb.caseworkflows.ifr.process.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.ifr.application.IfrTask;

/** The shape of the IFR models: the task keys the code names, the delegates, the timers. */
class IfrModelTest {

  private static BpmnModelInstance model(String name) {
    return Bpmn.readModelFromStream(
        IfrModelTest.class.getResourceAsStream("/uk/nhs/icb/caseworkflows/ifr/process/" + name));
  }

  private static final BpmnModelInstance IFR = model("ifr.bpmn");
  private static final BpmnModelInstance SIGNAL = model("ifr-policy-signal.bpmn");

  @Test
  void everyUserTaskIsNamedOnceInIfrTaskAndOfferedToAnIfrRole() {
    Set<String> inModels =
        Stream.of(IFR, SIGNAL)
            .flatMap(model -> model.getModelElementsByType(UserTask.class).stream())
            .peek(
                task ->
                    assertTrue(
                        Set.of("ifr-coordinator", "ifr-panel")
                            .contains(task.getCamundaCandidateGroups()),
                        task.getId()))
            .map(UserTask::getId)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> inCode =
        Arrays.stream(IfrTask.values())
            .map(IfrTask::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inCode, inModels);
  }

  @Test
  void serviceTasksCallOnlyTheIfrDelegates() {
    for (ServiceTask task : IFR.getModelElementsByType(ServiceTask.class)) {
      assertTrue(
          Set.of("${ifrLetters}", "${ifrFlags}", "${ifrClosure}")
              .contains(task.getCamundaDelegateExpression()),
          task.getId());
    }
  }

  @Test
  void deadlinesFlagOrRemindWithoutInterruptingTheWork() {
    for (BoundaryEvent timer : IFR.getModelElementsByType(BoundaryEvent.class)) {
      assertFalse(timer.cancelActivity(), timer.getId() + " must not cancel its task");
    }
  }

  @Test
  void everyFlowNodeIsDrawn() {
    Set<String> drawn =
        IFR.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId())
            .collect(Collectors.toSet());
    for (FlowNode node : IFR.getModelElementsByType(FlowNode.class)) {
      assertTrue(drawn.contains(node.getId()), node.getId() + " has no shape");
    }
  }
}
