package uk.nhs.icb.caseworkflows.common.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;

/** Stand-ins for the container's services, for plain tests of the kit's beans. */
public final class Fakes {

  private Fakes() {}

  /** An audit trail that keeps what it is asked to record in {@code into}. */
  public static AuditTrail auditTrail(List<AuditEntry> into) {
    return new AuditTrail() {
      @Override
      public AuditEvent record(AuditEntry entry) {
        into.add(entry);
        return null;
      }
    };
  }

  public static CurrentCaller signedIn(Caller caller) {
    return new CurrentCaller() {
      @Override
      public Caller get() {
        return caller;
      }
    };
  }

  /**
   * An entity manager that answers only the methods named, each with its arguments; any other call
   * fails the test.
   */
  public static EntityManager entityManager(Map<String, Function<Object[], Object>> answers) {
    return (EntityManager)
        Proxy.newProxyInstance(
            Fakes.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              Function<Object[], Object> answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer.apply(args);
            });
  }

  /** Sets a field the container would inject ({@code @PersistenceContext}, {@code @Inject}). */
  public static <T> T inject(T target, Class<? super T> declaredIn, String field, Object value) {
    try {
      Field declared = declaredIn.getDeclaredField(field);
      declared.setAccessible(true);
      declared.set(target, value);
      return target;
    } catch (ReflectiveOperationException missing) {
      throw new IllegalStateException(missing);
    }
  }
}
