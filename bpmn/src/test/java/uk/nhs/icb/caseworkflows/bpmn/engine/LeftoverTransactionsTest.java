package uk.nhs.icb.caseworkflows.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A transaction a failed job left on its thread is ended before the thread's next job. */
class LeftoverTransactionsTest {

  private final List<String> calls = new ArrayList<>();

  private TransactionManager manager(int status, boolean rollbackFails) {
    return (TransactionManager)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {TransactionManager.class},
            (proxy, method, args) -> {
              calls.add(method.getName());
              return switch (method.getName()) {
                case "getStatus" -> status;
                case "rollback" -> {
                  if (rollbackFails) {
                    throw new SystemException("already rolled back");
                  }
                  yield null;
                }
                default -> null;
              };
            });
  }

  @Test
  void aThreadWithNoTransactionIsLeftAlone() {
    assertThat(new LeftoverTransactions(manager(Status.STATUS_NO_TRANSACTION, false)).clear())
        .isFalse();
    assertThat(calls).containsExactly("getStatus");
  }

  @Test
  void aTransactionLeftMarkedForRollbackIsRolledBack() {
    assertThat(new LeftoverTransactions(manager(Status.STATUS_MARKED_ROLLBACK, false)).clear())
        .isTrue();
    assertThat(calls).containsExactly("getStatus", "rollback");
  }

  @Test
  void oneThatCannotBeRolledBackIsDroppedFromTheThread() {
    assertThat(new LeftoverTransactions(manager(Status.STATUS_ROLLEDBACK, true)).clear()).isTrue();
    assertThat(calls).containsExactly("getStatus", "rollback", "suspend");
  }
}
