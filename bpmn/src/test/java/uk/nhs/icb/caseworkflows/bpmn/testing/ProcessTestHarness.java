package uk.nhs.icb.caseworkflows.bpmn.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * One case's process model on a throwaway in-memory engine, for a case module's process tests: the
 * model deployed from the module's classpath, its delegate expressions answered by stand-ins the
 * test registers by bean name, the engine's clock held at a start instant and moved by {@link
 * #passTime}, and a case worked by its task names as a user would. {@link #close()} puts the clock
 * and the stand-ins back. Shared by every workflow through bpmn's test-jar, so CHC and IFR test
 * their models the way complaints does.
 */
public class ProcessTestHarness implements AutoCloseable {

  public ProcessEngine engine;
  private final String caseId;
  private final String jdbcUrl = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private String processInstanceId;

  /**
   * Deploys {@code model} (a classpath resource) on a new engine whose clock reads {@code start};
   * each of {@code delegates} stands in for the bean the model names in a delegate expression.
   */
  public ProcessTestHarness(
      String model, String caseId, Instant start, Map<String, JavaDelegate> delegates) {
    this.caseId = caseId;
    ClockUtil.setCurrentTime(Date.from(start));
    delegates.forEach(Mocks::register);
    engine = buildEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource(model).deploy();
  }

  /**
   * An engine on this harness's database. The schema is kept when an engine closes (it is dropped
   * by {@link #close()}), so {@link #restart()} finds the processes, tasks and timers where the
   * last one left them.
   */
  private ProcessEngine buildEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setExpressionManager(new MockExpressionManager());
    return configuration
        .setProcessEngineName("process-test-" + UUID.randomUUID())
        .setJdbcUrl(jdbcUrl)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .buildProcessEngine();
  }

  /**
   * Stops the engine and starts a fresh one on the same database, as a server restart would: what
   * the case waits for (tasks, timers with their due dates) must come back from the database, not
   * from anything the old engine held in memory.
   */
  public void restart() {
    engine.close();
    engine = buildEngine();
  }

  /** Starts the process {@code processKey} for the case, its id as business key. */
  public void start(String processKey, Map<String, Object> variables) {
    processInstanceId =
        engine.getRuntimeService().startProcessInstanceByKey(processKey, caseId, variables).getId();
  }

  /** The case's open tasks by name, in the order they were created. */
  public List<String> openTasks() {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .map(Task::getName)
        .toList();
  }

  public Task openTask(String name) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .taskName(name)
        .singleResult();
  }

  /** Completes the open task of that name, as a user would, with the decisions it records. */
  public void complete(String name, Map<String, Object> decisions) {
    Task task = openTask(name);
    if (task == null) {
      throw new AssertionError("No open task '" + name + "'; open: " + openTasks());
    }
    engine.getTaskService().complete(task.getId(), decisions);
  }

  public void complete(String name) {
    complete(name, Map.of());
  }

  public void correlate(String message) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(caseId)
        .correlate();
  }

  public boolean isRunning() {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        > 0;
  }

  /** Moves the engine's clock and runs the timers that are then due, as the job executor would. */
  public void passTime(Date to) {
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
  public List<String> waitingTimers() {
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

  public Map<String, Object> variables() {
    return engine.getRuntimeService().getVariables(processInstanceId);
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  private void dropDatabase() {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop the test database", e);
    }
  }

  /** {@code seconds} after {@code date}. */
  public static Date later(Date date, long seconds) {
    return Date.from(date.toInstant().plusSeconds(seconds));
  }

  @Override
  public void close() {
    try {
      engine.close();
      dropDatabase();
    } finally {
      Mocks.reset();
      ClockUtil.reset();
    }
  }
}
