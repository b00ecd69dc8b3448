package uk.nhs.icb.caseworkflows.bpmn.models;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The complaint model on a throwaway in-memory engine, started the way the complaints module will
 * start it (business key = case id, the case type and reference, routing flags and deadlines), with
 * the delegates replaced by {@link RecordedCasework}. The engine's clock starts on the day the
 * complaint was received; {@link #close()} puts it back.
 */
final class ComplaintProcessHarness implements AutoCloseable {

  static final String MODEL = "uk/nhs/icb/caseworkflows/bpmn/models/complaint.bpmn";
  static final String CASE_ID = "c-1";

  /** A Monday; the deadlines below are what the working-day calendar would give for it. */
  static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");

  static final Date ACKNOWLEDGEMENT_DUE = date("2026-11-26T17:00:00Z");
  static final Date CONSENT_REMINDER_DUE = date("2026-12-07T17:00:00Z");
  static final Date PROVIDER_REMINDER_DUE = date("2026-12-16T17:00:00Z");
  static final Date PROVIDER_RESPONSE_DUE = date("2026-12-18T17:00:00Z");
  static final Date RESPONSE_DUE = date("2027-01-06T17:00:00Z");
  static final Date SIX_MONTH_DATE = date("2027-05-23T09:00:00Z");

  final RecordedCasework casework = new RecordedCasework();
  final ProcessEngine engine;
  private String processInstanceId;

  ComplaintProcessHarness() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED));
    Mocks.register("complaintLetters", casework.letterWriter);
    Mocks.register("complaintClosure", casework.closer);
    Mocks.register("complaintEscalation", casework.escalator);
    Mocks.register("complaintFlags", casework.flagger);
    Mocks.register("complaintReminders", casework.reminder);
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setExpressionManager(new MockExpressionManager());
    engine =
        configuration
            .setProcessEngineName("complaint-test-" + UUID.randomUUID())
            .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
            .setJobExecutorActivate(false)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource(MODEL).deploy();
  }

  /** Starts a complaint received in time, with the start deadlines; {@code flags} override. */
  void receive(Map<String, Object> flags) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseType", "complaint");
    variables.put("caseReference", "CMP-2026-000123");
    variables.put("inTime", true);
    variables.put("acknowledgementDue", ACKNOWLEDGEMENT_DUE);
    variables.put("sixMonthDate", SIX_MONTH_DATE);
    variables.putAll(flags);
    processInstanceId =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("complaint", CASE_ID, variables)
            .getId();
  }

  void receive() {
    receive(Map.of());
  }

  /** The case's open tasks by name, in the order they were created. */
  List<String> openTasks() {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(CASE_ID)
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(Task::getName)
        .toList();
  }

  Task openTask(String name) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(CASE_ID)
        .taskName(name)
        .singleResult();
  }

  /** Completes the open task of that name, as a user would, with the decisions it records. */
  void complete(String name, Map<String, Object> decisions) {
    Task task = openTask(name);
    if (task == null) {
      throw new AssertionError("No open task '" + name + "'; open: " + openTasks());
    }
    engine.getTaskService().complete(task.getId(), decisions);
  }

  void complete(String name) {
    complete(name, Map.of());
  }

  void correlate(String message) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(CASE_ID)
        .correlate();
  }

  boolean isRunning() {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        > 0;
  }

  /** Moves the engine's clock and runs the timers that are then due, as the job executor would. */
  void passTime(Date to) {
    ClockUtil.setCurrentTime(to);
    List<Job> due =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .timers()
            .executable()
            .list();
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  /** The timers still waiting, by the id of the event that owns them. */
  List<String> waitingTimers() {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .timers()
        .list()
        .stream()
        .map(this::activityOf)
        .toList();
  }

  private String activityOf(Job job) {
    return engine
        .getManagementService()
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  Map<String, Object> variables() {
    return engine.getRuntimeService().getVariables(processInstanceId);
  }

  String processInstanceId() {
    return processInstanceId;
  }

  static Date later(Date date, long seconds) {
    return Date.from(date.toInstant().plusSeconds(seconds));
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Override
  public void close() {
    try {
      engine.close();
    } finally {
      Mocks.reset();
      ClockUtil.reset();
    }
  }
}
