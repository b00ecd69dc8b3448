package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * Runs jobs (timers, asynchronous steps) on threads made by the container's ManagedThreadFactory,
 * so a job has CDI, JPA, JNDI and transactions like a request. The pool and its queue are bounded,
 * and a full queue rejects the batch: Camunda then unlocks those jobs for a later acquisition
 * instead of taking ever more database connections. The container's default executor would accept
 * without limit and let jobs exhaust the connection pool.
 */
public class BoundedJobExecutor extends DefaultJobExecutor {

  private final ManagedThreadFactory threadFactory;

  public BoundedJobExecutor(
      ManagedThreadFactory threadFactory, int coreThreads, int maxThreads, int queueSize) {
    this.threadFactory = threadFactory;
    this.corePoolSize = coreThreads;
    this.maxPoolSize = maxThreads;
    this.queueSize = queueSize;
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
              new ThreadPoolExecutor.AbortPolicy());
    }
    super.startExecutingJobs();
  }
}
