package uk.nhs.icb.caseworkflows.bpmn.engine;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure a job thread starts and ends each job with no transaction of its own. The engine
 * begins and ends a transaction per command; but a job whose command failed can leave one behind on
 * the pooled thread, already rolled back, which every later job on that thread would join and fail
 * on ("Transaction is not active in the current thread"), until the thread is gone. Rolling it
 * back, or failing that dropping it, keeps one failed job from disabling a job thread.
 */
final class LeftoverTransactions {

  private static final Logger LOG = Logger.getLogger(LeftoverTransactions.class.getName());

  private final TransactionManager transactions;

  LeftoverTransactions(TransactionManager transactions) {
    this.transactions = transactions;
  }

  /** Ends any transaction still on this thread; true when there was one. */
  boolean clear() {
    try {
      int status = transactions.getStatus();
      if (status == Status.STATUS_NO_TRANSACTION) {
        return false;
      }
      LOG.log(Level.WARNING, "A job thread held a transaction in status {0}: rolled back", status);
      try {
        transactions.rollback();
      } catch (IllegalStateException | SecurityException | SystemException notRollable) {
        transactions.suspend();
      }
      return true;
    } catch (SystemException broken) {
      LOG.log(Level.WARNING, "Could not read the job thread's transaction", broken);
      return false;
    }
  }
}
