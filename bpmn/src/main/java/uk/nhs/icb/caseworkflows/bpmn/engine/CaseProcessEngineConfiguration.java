package uk.nhs.icb.caseworkflows.bpmn.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseAssignmentOwners;
import uk.nhs.icb.caseworkflows.bpmn.casework.CaseworkerTaskAssignment;

/**
 * The engine inside the container's JTA transactions (transactions externally managed), with one
 * correction: Camunda runs schema creation through a non-JTA command executor whose MyBatis session
 * never commits when transactions are externally managed. H2 commits DDL by itself so nothing
 * shows; on PostgreSQL the new tables silently vanish. Schema work here runs in a transaction of
 * its own that commits.
 *
 * <p>Every user task of every case process goes to the case's caseworker when it is one of their
 * team's tasks: one parse listener, registered here, rather than a listener in each model.
 */
public class CaseProcessEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

  public CaseProcessEngineConfiguration() {
    setCustomPreBPMNParseListeners(
        new ArrayList<>(List.of(new CaseworkerTaskAssignment(CaseAssignmentOwners::current))));
  }

  @Override
  protected void initCommandExecutorDbSchemaOperations() {
    if (commandExecutorSchemaOperations == null) {
      commandExecutorSchemaOperations = commandExecutorTxRequiresNew;
    }
  }
}
