package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
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
 * <p>Batches pass one at a time through the contextual proxy (see {@link #startExecutingJobs}), so
 * jobs run one after another whatever the pool's size; case timers are few and short, and a job
 * that runs correctly later beats two that fail at once.
 */
public class BoundedJobExecutor extends DefaultJobExecutor {

  private final ManagedThreadFactory threadFactory;
  // Captured at start-up, inside the application: jobs are handed over from Camunda's own
  // acquisition thread, which has no application context to capture.
  private final Executor inApplicationContext;
  private final Object contextualCalls = new Object();

  public BoundedJobExecutor(
      ManagedThreadFactory threadFactory,
      ContextService contextService,
      int coreThreads,
      int maxThreads,
      int queueSize) {
    this.threadFactory = threadFactory;
    Executor direct = Runnable::run;
    this.inApplicationContext = contextService.createContextualProxy(direct, Executor.class);
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
              new ThreadPoolExecutor.AbortPolicy()) {
            @Override
            public void execute(Runnable jobs) {
              // Each batch runs in the application's component context, as a request does, so
              // the container's transaction and CDI interceptors know whose work it is.
              super.execute(
                  () -> {
                    // One batch at a time through the shared contextual proxy: with several at once
                    // (IFR's sample timers, due at start-up) jobs failed on "Transaction is not
                    // active in the current thread", 189 to 216 times in a ReliabilityIT run;
                    // serialised, none. Payara's handler for one proxy called from several
                    // threads at once is the likely cause (not confirmed in its source).
                    synchronized (contextualCalls) {
                      inApplicationContext.execute(jobs);
                    }
                  });
            }
          };
    }
    super.startExecutingJobs();
  }
}
