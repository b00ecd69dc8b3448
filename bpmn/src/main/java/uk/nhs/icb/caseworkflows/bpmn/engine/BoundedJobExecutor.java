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
 *
 * <p>The acquisition thread is a managed thread too, started inside the application. A managed
 * thread takes the component context of the thread that creates it, and the job threads are created
 * lazily by the acquisition thread: a plain acquisition thread left them with none. Each managed
 * thread holds its own copy of that context. An earlier design ran every batch through one
 * contextual proxy captured at start-up; its one component invocation was shared by every job
 * thread, and the container enlists a connection in the transaction recorded on the invocation, so
 * a job could be handed another job's finished transaction and fail on "Transaction is not active
 * in the current thread" (found with the sample IFR timers due at start-up; see docs/ifr.md).
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

  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
      jobAcquisitionThread.setName(getName());
      jobAcquisitionThread.start();
    }
  }
}
