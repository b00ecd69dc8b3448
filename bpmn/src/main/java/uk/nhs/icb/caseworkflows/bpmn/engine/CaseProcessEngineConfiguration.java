package uk.nhs.icb.caseworkflows.bpmn.engine;

import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;

/**
 * The engine inside the container's JTA transactions (transactions externally managed), with one
 * correction: Camunda runs schema creation through a non-JTA command executor whose MyBatis session
 * never commits when transactions are externally managed. H2 commits DDL by itself so nothing
 * shows; on PostgreSQL the new tables silently vanish. Schema work here runs in a transaction of
 * its own that commits.
 */
public class CaseProcessEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

  @Override
  protected void initCommandExecutorDbSchemaOperations() {
    if (commandExecutorSchemaOperations == null) {
      commandExecutorSchemaOperations = commandExecutorTxRequiresNew;
    }
  }
}
