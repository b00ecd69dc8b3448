package uk.nhs.icb.caseworkflows.bpmn.diagram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseKey;

/**
 * Draws a case's process as the engine has it: the deployed version of the model that case runs on,
 * laid out as it was modelled, with the steps the case is at now highlighted and the steps it has
 * passed shaded. A finished case shows the end it reached. It reads only; the caller decides who
 * may see which case.
 */
@ApplicationScoped
public class ProcessDiagrams {

  private static final Map<String, String> CASE_NOUNS =
      Map.of(
          "complaint", "complaint",
          "chc", "CHC case",
          "ifr", "funding request");
  private static final List<String> VARIABLES =
      List.of(CaseKey.TYPE_VARIABLE, CaseKey.REFERENCE_VARIABLE);

  private final ProcessEngine engine;
  private final ProcessDiagramRenderer renderer = new ProcessDiagramRenderer();

  @Inject
  public ProcessDiagrams(ProcessEngine engine) {
    this.engine = engine;
  }

  protected ProcessDiagrams() {
    this(null);
  }

  /**
   * The picture of the case's process, running or finished; empty when the case has no process the
   * engine knows of (or a finished one, and the engine keeps no history), or when its model has no
   * diagram to draw.
   */
  @Transactional
  public Optional<ProcessDiagram> ofCase(String caseId) {
    Optional<ProcessDiagram> running = running(caseId);
    return running.isPresent() ? running : finished(caseId);
  }

  private Optional<ProcessDiagram> running(String caseId) {
    RuntimeService runtime = engine.getRuntimeService();
    List<ProcessInstance> instances =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list();
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    ProcessInstance instance = instances.get(0);
    List<String> active;
    try {
      active = runtime.getActiveActivityIds(instance.getId());
    } catch (NullValueException endedMeanwhile) {
      return Optional.empty();
    }
    Set<String> current = new LinkedHashSet<>(active);
    BpmnModelInstance model =
        engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
    if (!ProcessDiagramRenderer.canDraw(model)) {
      return Optional.empty();
    }
    List<String> names = current.stream().map(id -> nameOf(model, id)).distinct().toList();
    String where = names.isEmpty() ? "between steps" : "at " + inWords(names);
    String title =
        "Where "
            + caseName(caseId, runtime.getVariables(instance.getId(), VARIABLES))
            + " is in"
            + " its process: "
            + where;
    String svg =
        renderer.render(model, new CasePosition(current, passed(instance.getId())), title, caseId);
    return Optional.of(new ProcessDiagram(svg, title, names, false, null));
  }

  private Optional<ProcessDiagram> finished(String caseId) {
    HistoryService history = engine.getHistoryService();
    List<HistoricProcessInstance> instances =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .finished()
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1);
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = instances.get(0);
    BpmnModelInstance model =
        engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
    if (!ProcessDiagramRenderer.canDraw(model)) {
      return Optional.empty();
    }
    String end = instance.getEndActivityId();
    String endName = end == null ? null : nameOf(model, end);
    Map<String, Object> variables =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableNameIn(VARIABLES.toArray(String[]::new))
            .list()
            .stream()
            .filter(variable -> variable.getValue() != null)
            .collect(
                Collectors.toMap(
                    HistoricVariableInstance::getName,
                    HistoricVariableInstance::getValue,
                    (first, second) -> first));
    String title =
        "Where "
            + caseName(caseId, variables)
            + " is in its process: finished"
            + (endName == null ? "" : " at " + endName);
    CasePosition position =
        new CasePosition(end == null ? Set.of() : Set.of(end), passed(instance.getId()));
    String svg = renderer.render(model, position, title, caseId);
    return Optional.of(new ProcessDiagram(svg, title, List.of(), true, endName));
  }

  /** The steps the case has completed (empty if the engine keeps no history of activities). */
  private Set<String> passed(String processInstanceId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .finished()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());
  }

  private static String caseName(String caseId, Map<String, Object> variables) {
    Object type = variables.get(CaseKey.TYPE_VARIABLE);
    Object reference = variables.get(CaseKey.REFERENCE_VARIABLE);
    String noun = type == null ? "case" : CASE_NOUNS.getOrDefault(type.toString(), "case");
    return noun + " " + (reference == null ? caseId : reference.toString());
  }

  private static String nameOf(BpmnModelInstance model, String activityId) {
    ModelElementInstance element = model.getModelElementById(activityId);
    String name = element == null ? null : element.getAttributeValue("name");
    return name == null || name.isBlank() ? activityId : name;
  }

  /** "A", "A and B", "A, B and C". */
  static String inWords(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
