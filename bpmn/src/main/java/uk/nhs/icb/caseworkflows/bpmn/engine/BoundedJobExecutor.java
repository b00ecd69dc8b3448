package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;

/**
 * Runs jobs (timers, asynchronous steps) on threads made by the container's ManagedThreadFactory,
 * so a job has CDI, JPA, JNDI and transactions like a request. The pool and its queue are bounded,
 * and a full queue rejects the batch: Camunda then unlocks those jobs for a later acquisition
 * instead of taking ever more database connections. The container's default executor would accept
 * without limit and let jobs exhaust the connection pool.
 */
public class BoundedJobExecutor extends DefaultJobExecutor {

  private final ManagedThreadFactory threadFactory;
  // Captured at start-up, inside the application: jobs are handed over from Camunda's own
  // acquisition thread, which has no application context to capture.
  private final Executor inApplicationContext;
  private final LeftoverTransactions leftovers;

  public BoundedJobExecutor(
      ManagedThreadFactory threadFactory,
      ContextService contextService,
      TransactionManager transactions,
      int coreThreads,
      int maxThreads,
      int queueSize) {
    this.threadFactory = threadFactory;
    this.leftovers = new LeftoverTransactions(transactions);
    Executor direct = Runnable::run;
    this.inApplicationContext = contextService.createContextualProxy(direct, Executor.class);
    this.corePoolSize = coreThreads;
    this.maxPoolSize = maxThreads;
    this.queueSize = queueSize;
  }

  /** Each job starts and ends on a thread holding no transaction of its own. */
  @Override
  public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
    return new ExecuteJobsRunnable(jobIds, processEngine) {
      @Override
      protected void executeJob(
          String jobId, CommandExecutor commandExecutor, JobFailureCollector failures) {
        leftovers.clear();
        try {
          super.executeJob(jobId, commandExecutor, failures);
        } finally {
          leftovers.clear();
        }
      }
    };
  }

  @Override
  protected void startExecutingJobs() {
    if (threadPoolExecutor == null || threadPoolExecutor.isShutdown()) {
      threadPoolExecutor =
          new ThreadPoolExecutor(
              corePoolSize,
              maxPoolSize,
              0L,
              TimeUnit.MILLISECONDS,
              new ArrayBlockingQueue<>(queueSize),
              threadFactory,
              new ThreadPoolExecutor.AbortPolicy()) {
            @Override
            public void execute(Runnable jobs) {
              // Each batch runs in the application's component context, as a request does, so
              // the container's transaction and CDI interceptors know whose work it is.
              super.execute(() -> inApplicationContext.execute(jobs));
            }
          };
    }
    super.startExecutingJobs();
  }
}
