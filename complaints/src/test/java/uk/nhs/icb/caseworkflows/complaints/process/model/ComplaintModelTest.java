package uk.nhs.icb.caseworkflows.complaints.process.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.bpmn.testing.InMemoryEngine;

/**
 * The complaint model read as a document: it deploys, it opens laid out in Camunda Modeler, it
 * names only the delegates and letters the complaints module provides, and its shape alone keeps
 * disclosure behind recorded consent.
 */
class ComplaintModelTest {

  private static final Set<String> DELEGATES =
      Set.of(
          "${complaintLetters}",
          "${complaintClosure}",
          "${complaintEscalation}",
          "${complaintReminders}",
          "${complaintFlags}");

  private static final Set<String> LETTER_KINDS =
      Set.of(
          "complaint-acknowledgement",
          "complaint-consent-form",
          "complaint-disclosure-notice",
          "complaint-identity-needed",
          "complaint-final-response",
          "complaint-holding-letter",
          "complaint-outside-remit",
          "complaint-consent-declined",
          "complaint-standing-refused",
          "complaint-transferred",
          "complaint-transfer-notice",
          "complaint-withdrawal-received",
          "complaint-identity-reminder",
          "complaint-closed-no-reply");

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws Exception {
    try (InputStream in =
        ComplaintModelTest.class
            .getClassLoader()
            .getResourceAsStream(ComplaintProcessHarness.MODEL)) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
  }

  @Test
  void theModelDeploysAsTheComplaintProcessKeptForTenYears() {
    Process process = model.getModelElementById("complaint");
    assertThat(process.getName()).isEqualTo("Complaint");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");

    ProcessEngine engine = InMemoryEngine.start();
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .addClasspathResource(ComplaintProcessHarness.MODEL)
          .deploy();
      ProcessDefinition definition =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey("complaint")
              .singleResult();
      assertThat(definition.getName()).isEqualTo("Complaint");
      assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    } finally {
      engine.close();
    }
  }

  @Test
  void everyStepAndArrowIsDrawnSoTheModelOpensLaidOut() {
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      BpmnShape shape = (BpmnShape) node.getDiagramElement();
      assertThat(shape).as("shape of " + node.getId()).isNotNull();
      assertThat(shape.getBounds().getWidth()).as(node.getId()).isPositive();
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      BpmnEdge edge = (BpmnEdge) flow.getDiagramElement();
      assertThat(edge).as("edge of " + flow.getId()).isNotNull();
      List<Waypoint> points = List.copyOf(edge.getWaypoints());
      assertThat(points).as("waypoints of " + flow.getId()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(touches(bounds(flow.getSource()), points.get(0)))
          .as(flow.getId() + " leaves its source")
          .isTrue();
      assertThat(touches(bounds(flow.getTarget()), points.get(points.size() - 1)))
          .as(flow.getId() + " reaches its target")
          .isTrue();
    }
  }

  /** The case page draws the model as laid out, so an arrow hidden behind a step would mislead. */
  @Test
  void noArrowRunsThroughAStepItDoesNotJoin() {
    List<FlowNode> steps =
        model.getModelElementsByType(FlowNode.class).stream()
            .filter(node -> !(node instanceof SubProcess))
            .toList();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      List<Waypoint> points = List.copyOf(((BpmnEdge) flow.getDiagramElement()).getWaypoints());
      for (FlowNode step : steps) {
        if (step == flow.getSource() || step == flow.getTarget()) {
          continue;
        }
        for (int i = 0; i + 1 < points.size(); i++) {
          assertThat(crosses(points.get(i), points.get(i + 1), bounds(step)))
              .as(flow.getId() + " runs through " + step.getId())
              .isFalse();
        }
      }
    }
  }

  private static boolean crosses(Waypoint from, Waypoint to, Bounds box) {
    double length = Math.hypot(to.getX() - from.getX(), to.getY() - from.getY());
    for (double t = 0; t <= length; t += 1) {
      double x = from.getX() + (to.getX() - from.getX()) * t / Math.max(length, 1);
      double y = from.getY() + (to.getY() - from.getY()) * t / Math.max(length, 1);
      if (x > box.getX() + 1
          && x < box.getX() + box.getWidth() - 1
          && y > box.getY() + 1
          && y < box.getY() + box.getHeight() - 1) {
        return true;
      }
    }
    return false;
  }

  @Test
  void noStepOverlapsAnotherAndTheFlowRunsLeftToRightExceptTheSignOffLoop() {
    Map<BaseElement, List<FlowNode>> byScope =
        model.getModelElementsByType(FlowNode.class).stream()
            .filter(node -> !(node instanceof BoundaryEvent))
            .collect(Collectors.groupingBy(node -> (BaseElement) node.getParentElement()));
    byScope.forEach(
        (scope, nodes) -> {
          for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
              assertThat(overlap(bounds(nodes.get(i)), bounds(nodes.get(j))))
                  .as(nodes.get(i).getId() + " overlaps " + nodes.get(j).getId())
                  .isFalse();
            }
            if (scope instanceof SubProcess) {
              assertThat(inside(bounds(nodes.get(i)), bounds((FlowNode) scope)))
                  .as(nodes.get(i).getId() + " inside " + scope.getId())
                  .isTrue();
            }
          }
        });
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      assertThat(overlap(bounds(event), bounds(event.getAttachedTo())))
          .as(event.getId() + " sits on its task")
          .isTrue();
    }

    Set<String> backwards =
        model.getModelElementsByType(SequenceFlow.class).stream()
            .filter(flow -> centreX(flow.getTarget()) < centreX(flow.getSource()))
            .map(SequenceFlow::getId)
            .collect(Collectors.toSet());
    // The sign-off loops (redraft; more investigation, issue 14 point 9), and the response clock
    // waiting again for its next date (issue 14).
    assertThat(backwards)
        .containsExactlyInAnyOrder(
            "response-returned",
            "response-returned-for-investigation",
            "timetable-changed-while-running",
            "timetable-changed-after-wait");
  }

  @Test
  void everyTaskIsOfferedToATeamAndEveryServiceTaskCallsAComplaintDelegateWithItsInstruction() {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getName()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaCandidateGroups())
          .as(task.getId())
          .isIn("complaints-handler", "complaints-manager");
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String delegate = task.getCamundaDelegateExpression();
      assertThat(delegate).as(task.getId()).isIn(DELEGATES);
      Map<String, String> inputs = inputsOf(task);
      switch (delegate) {
        case "${complaintLetters}" -> assertThat(inputs.get("letterKind")).isIn(LETTER_KINDS);
        case "${complaintClosure}" -> assertThat(inputs).containsKey("closureReason");
        case "${complaintEscalation}" -> assertThat(inputs).containsKey("breach");
        case "${complaintReminders}" -> assertThat(inputs).containsKey("reminder");
        default -> assertThat(inputs).containsEntry("flag", "SIX_MONTHS_PASSED");
      }
    }
    assertThat(model.getModelElementsByType(UserTask.class))
        .filteredOn(task -> "complaints-manager".equals(task.getCamundaCandidateGroups()))
        .extracting(UserTask::getName)
        .containsExactly("Sign off the response");
  }

  @Test
  void noPathReachesADisclosureWithoutPassingCompleteConsentOrRecordConsent() {
    Set<FlowNode> disclosures = lettersOfKind("complaint-disclosure-notice");
    Set<FlowNode> disclosureStage = new HashSet<>(disclosures);
    disclosureStage.addAll(lettersOfKind("complaint-identity-needed"));
    assertThat(disclosures).hasSize(2);

    ExclusiveGateway consentGateway = single(ExclusiveGateway.class, "Consent complete?");
    SequenceFlow consentComplete = branch(consentGateway, "${consentComplete}");
    UserTask recordConsent = single(UserTask.class, "Record consent");
    ExclusiveGateway consentGiven = single(ExclusiveGateway.class, "Consent given?");
    SequenceFlow consentWasGiven = branch(consentGiven, "${consentGiven}");

    // Without a cut every disclosure step is reachable, so the checks below are not vacuous.
    assertThat(reachableFromAnyStart(flow -> true)).containsAll(disclosureStage);

    assertThat(
            reachableFromAnyStart(
                flow -> flow != consentComplete && flow.getTarget() != recordConsent))
        .doesNotContainAnyElementsOf(disclosureStage);
    // Stricter: only the "consent given" answer of "Record consent" leads on.
    assertThat(consentGiven.getIncoming())
        .extracting(SequenceFlow::getSource)
        .containsExactly(recordConsent);
    assertThat(reachableFromAnyStart(flow -> flow != consentComplete && flow != consentWasGiven))
        .doesNotContainAnyElementsOf(disclosureStage);
  }

  /** Nodes reachable from any start event (event sub-processes may start at any time). */
  private static Set<FlowNode> reachableFromAnyStart(Predicate<SequenceFlow> passable) {
    Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
    Deque<FlowNode> next = new ArrayDeque<>(model.getModelElementsByType(StartEvent.class));
    Set<FlowNode> seen = new HashSet<>(next);
    while (!next.isEmpty()) {
      FlowNode node = next.pop();
      List<FlowNode> following =
          new ArrayList<>(
              node.getOutgoing().stream().filter(passable).map(SequenceFlow::getTarget).toList());
      if (node instanceof Activity) {
        boundaries.stream().filter(b -> b.getAttachedTo() == node).forEach(following::add);
      }
      following.stream().filter(seen::add).forEach(next::push);
    }
    return seen;
  }

  private static Set<FlowNode> lettersOfKind(String kind) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> kind.equals(inputsOf(task).get("letterKind")))
        .collect(Collectors.toSet());
  }

  private static <T extends FlowNode> T single(Class<T> type, String name) {
    List<T> named =
        model.getModelElementsByType(type).stream()
            .filter(node -> name.equals(node.getName()))
            .toList();
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }

  private static SequenceFlow branch(FlowNode gateway, String condition) {
    Optional<SequenceFlow> flow =
        gateway.getOutgoing().stream()
            .filter(
                f ->
                    f.getConditionExpression() != null
                        && condition.equals(f.getConditionExpression().getTextContent().trim()))
            .findFirst();
    assertThat(flow).as(gateway.getName() + " " + condition).isPresent();
    return flow.get();
  }

  private static Map<String, String> inputsOf(ServiceTask task) {
    if (task.getExtensionElements() == null) {
      return Map.of();
    }
    return task
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaInputOutput.class)
        .list()
        .stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .collect(
            Collectors.toMap(
                CamundaInputParameter::getCamundaName, p -> p.getTextContent().trim()));
  }

  private static Bounds bounds(FlowNode node) {
    return ((BpmnShape) node.getDiagramElement()).getBounds();
  }

  private static double centreX(FlowNode node) {
    Bounds b = bounds(node);
    return b.getX() + b.getWidth() / 2;
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }

  private static boolean inside(Bounds inner, Bounds outer) {
    return inner.getX() >= outer.getX()
        && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  private static boolean touches(Bounds box, Waypoint point) {
    double tolerance = 1;
    return point.getX() >= box.getX() - tolerance
        && point.getX() <= box.getX() + box.getWidth() + tolerance
        && point.getY() >= box.getY() - tolerance
        && point.getY() <= box.getY() + box.getHeight() + tolerance;
  }
}
