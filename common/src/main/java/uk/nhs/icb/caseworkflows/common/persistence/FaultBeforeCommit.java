package uk.nhs.icb.caseworkflows.common.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * A test-only fault point in the transaction boundary every use case shares: when a test has armed
 * the current request (see {@code common.http.FaultInjectionHeader}, honoured only with {@code
 * app.test.fault-injection=true} in the development profile), the first use case of that request
 * runs to its end, its writes are flushed to the database, and then it throws just before its
 * transaction would commit. The container's {@code @Transactional} interceptor (priority {@code
 * PLATFORM_BEFORE + 200}) sits outside this one and rolls the whole transaction back: case,
 * process, audit entry, letters, documents. The log line says which use case fell and whether its
 * transaction had written anything (on PostgreSQL), so a test can tell a real rollback from a fault
 * that hit a read. Unarmed, it only counts nesting.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class FaultBeforeCommit {

  public static final String LOG_MARK = "FAULT-INJECTED-BEFORE-COMMIT";
  private static final Logger LOG = Logger.getLogger(FaultBeforeCommit.class.getName());
  private static final ThreadLocal<Boolean> ARMED = new ThreadLocal<>();
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  @PersistenceContext(unitName = AppDataSource.PERSISTENCE_UNIT)
  private EntityManager entityManager;

  /** Arms (or, with {@code false}, disarms) the fault for the rest of this thread's request. */
  public static void arm(boolean armed) {
    if (armed) {
      ARMED.set(Boolean.TRUE);
    } else {
      ARMED.remove();
    }
  }

  /** The exception that stands for a failure at commit; the REST layer answers it with 500. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String useCase) {
      super("fault injected before the commit of " + useCase);
    }
  }

  @AroundInvoke
  public Object failOutermostWhenArmed(InvocationContext call) throws Exception {
    int[] depth = DEPTH.get();
    depth[0]++;
    Object result;
    try {
      result = call.proceed();
    } finally {
      depth[0]--;
    }
    if (depth[0] == 0 && ARMED.get() != null) {
      ARMED.remove();
      String useCase =
          call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
      entityManager.flush();
      LOG.info(LOG_MARK + " " + useCase + " wrote=" + wrote());
      throw new InjectedFault(useCase);
    }
    return result;
  }

  /**
   * Whether the transaction has written: PostgreSQL gives a transaction an id at its first write.
   */
  private String wrote() {
    try {
      List<?> id =
          entityManager
              .createNativeQuery("select cast(pg_current_xact_id_if_assigned() as text)")
              .getResultList();
      return id.isEmpty() || id.get(0) == null ? "no" : "yes";
    } catch (RuntimeException notPostgres) {
      return "unknown";
    }
  }
}
